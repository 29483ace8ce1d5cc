import { basketCount, checkBaskets } from "./build-baskets";
import { compareItemLists, resolveMiningOptions } from "./mining-options";
import type { Baskets, FrequentItemset, MiningOptions } from "./rule-types";

/**
 * The ground truth for tests and the benchmark: every subset (up to maxLength items) of every
 * basket is counted, then filtered by support. Exponential in basket size, so only for baskets of
 * a dozen items or so.
 */
export function countItemsetsBruteForce(
  baskets: Baskets,
  options: Partial<MiningOptions> = {},
): FrequentItemset[] {
  checkBaskets(baskets);
  const n = basketCount(baskets);
  const { minCount, maxLength } = resolveMiningOptions(options, n);
  const counts = new Map<string, number>();
  const subset: number[] = [];
  for (let b = 0; b < n; b++) {
    const basket = Array.from(baskets.items.subarray(baskets.offsets[b], baskets.offsets[b + 1]));
    const walk = (start: number): void => {
      for (let p = start; p < basket.length; p++) {
        subset.push(basket[p]);
        const key = subset.join(",");
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (subset.length < maxLength) walk(p + 1);
        subset.pop();
      }
    };
    walk(0);
  }
  const out: FrequentItemset[] = [];
  for (const [key, count] of counts) {
    if (count >= minCount) out.push({ items: key.split(",").map(Number), count, support: count / n });
  }
  return out.sort((a, b) => compareItemLists(a.items, b.items));
}
