import { emptyCounts, type DemoShopCounts } from "../output/demo-shop-sink";

/** What a seed actually inserted; customers already present are skipped with all their orders and events. */
export interface DatabaseWriteCounts extends DemoShopCounts {
  skippedCustomers: number;
}

export function emptyWriteCounts(): DatabaseWriteCounts {
  return { ...emptyCounts(), skippedCustomers: 0 };
}

export function addWriteCounts(total: DatabaseWriteCounts, added: DatabaseWriteCounts): void {
  total.products += added.products;
  total.customers += added.customers;
  total.skippedCustomers += added.skippedCustomers;
  total.orders += added.orders;
  total.orderLines += added.orderLines;
  total.events += added.events;
}
