import type { DemoCustomerRecord, DemoProduct } from "../shop/demo-shop.types";

/** Row counts of a demo shop, as generated or as written. */
export interface DemoShopCounts {
  products: number;
  customers: number;
  orders: number;
  orderLines: number;
  events: number;
}

/** Somewhere the streamed shop goes (CSV files, a database). Calls come one at a time, in order. */
export interface DemoShopSink {
  writeProducts(products: readonly DemoProduct[]): Promise<void>;
  writeBatch(batch: readonly DemoCustomerRecord[]): Promise<void>;
  /** Flushes and releases; called once, also after a failure. */
  close(): Promise<void>;
}

export function emptyCounts(): DemoShopCounts {
  return { products: 0, customers: 0, orders: 0, orderLines: 0, events: 0 };
}

export function addBatchCounts(counts: DemoShopCounts, batch: readonly DemoCustomerRecord[]): void {
  counts.customers += batch.length;
  for (const record of batch) {
    counts.orders += record.orders.length;
    counts.events += record.events.length;
    for (const order of record.orders) counts.orderLines += order.lines.length;
  }
}
