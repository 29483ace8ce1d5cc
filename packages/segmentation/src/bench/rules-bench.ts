// Association-rule mining checked against brute force, and customer-feature extraction timed at
// the scale (1,000,000 customers, 10,000,000 orders). Seeded data: same numbers every run.
import { extractCustomerFeatures, type CustomerRecord, type OrderRecord } from "../features";
import { SeededRandom } from "../random";
import {
  apriori,
  basketsFromItemLists,
  countItemsetsBruteForce,
  eclat,
  type Baskets,
  type FrequentItemset,
} from "../rules";
import type { BenchmarkRow } from "./benchmark-row";

const DAY = 86_400_000;

/**
 * Baskets with planted associations: each basket draws a few "themes" (bundles bought together)
 * plus noise items. Basket size is capped at 12 so the brute-force subset count stays feasible.
 */
export function seededBaskets(seed: number, count: number, itemCount: number): Baskets {
  const random = new SeededRandom(seed);
  const themes = Array.from({ length: 12 }, () =>
    Array.from({ length: 2 + random.nextInt(3) }, () => random.nextInt(itemCount)),
  );
  const lists: number[][] = [];
  for (let b = 0; b < count; b++) {
    const basket = new Set<number>();
    const themeCount = 1 + random.nextInt(2);
    for (let t = 0; t < themeCount; t++) {
      for (const item of themes[Math.floor(Math.pow(random.next(), 2) * themes.length)])
        if (random.next() < 0.8) basket.add(item);
    }
    const noise = random.nextInt(5);
    for (let k = 0; k < noise; k++) basket.add(Math.floor(Math.pow(random.next(), 1.5) * itemCount));
    lists.push([...basket].slice(0, 12));
  }
  return basketsFromItemLists(lists, itemCount);
}

function sameItemsets(a: FrequentItemset[], b: FrequentItemset[]): boolean {
  return (
    a.length === b.length &&
    a.every((set, i) => set.count === b[i].count && set.items.join(",") === b[i].items.join(","))
  );
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function itemsetRows(): BenchmarkRow[] {
  const baskets = seededBaskets(7, 10_000, 60);
  const options = { minSupport: 0.003, maxLength: 4 };
  const truth = timed(() => countItemsetsBruteForce(baskets, options));
  const fast = timed(() => eclat(baskets, options));
  const reference = timed(() => apriori(baskets, options));
  const name = `association rules, 10,000 seeded baskets, support ${options.minSupport}, length ≤ ${options.maxLength}`;
  return [
    {
      name,
      metric: "Eclat itemsets and counts",
      ours: fast.value.length,
      reference: `${truth.value.length} (brute force)`,
      target: "exactly equal to brute force",
      met: sameItemsets(fast.value, truth.value),
    },
    {
      name,
      metric: "Apriori itemsets and counts",
      ours: reference.value.length,
      reference: `${truth.value.length} (brute force)`,
      target: "exactly equal to brute force",
      met: sameItemsets(reference.value, truth.value),
    },
    {
      name,
      metric: "time ms (Eclat / Apriori / brute force)",
      ours: Math.round(fast.ms),
      reference: `${Math.round(reference.ms)} / ${Math.round(truth.ms)}`,
      target: `Eclat faster than Apriori (ratio ${(fast.ms / reference.ms).toFixed(3)})`,
      met: fast.ms < reference.ms,
    },
  ];
}

function featureRow(): BenchmarkRow {
  const customerCount = 1_000_000;
  const orderCount = 10_000_000;
  const random = new SeededRandom(11);
  const asOf = Date.UTC(2025, 0, 1);
  const customers: CustomerRecord[] = new Array(customerCount);
  for (let c = 0; c < customerCount; c++)
    customers[c] = { id: c, signupDate: asOf - random.nextInt(1500) * DAY };
  const orders: OrderRecord[] = new Array(orderCount);
  for (let o = 0; o < orderCount; o++) {
    orders[o] = {
      customerId: random.nextInt(customerCount),
      orderedAt: asOf - random.next() * 700 * DAY,
      total: 5 + random.next() * 200,
    };
  }
  const run = timed(() => extractCustomerFeatures({ customers, orders, asOf }));
  const seconds = run.ms / 1000;
  return {
    name: "customer features, 1,000,000 customers × 10,000,000 orders",
    metric: "extraction time s",
    ours: Number(seconds.toFixed(2)),
    reference: `${run.value.names.length} features`,
    target: "≤ 5 s",
    met: seconds <= 5,
  };
}

export async function runRulesBenchmark(): Promise<BenchmarkRow[]> {
  return [...itemsetRows(), featureRow()];
}
