import { basketCount, checkBaskets } from "./build-baskets";
import { compareItemLists, resolveMiningOptions } from "./mining-options";
import type { Baskets, FrequentItemset, MiningOptions } from "./rule-types";

/**
 * The textbook level-wise Apriori, kept simple on purpose as the reference Eclat is checked
 * against: join (k-1)-itemsets sharing their first k-2 items, drop candidates with an infrequent
 * (k-1)-subset, count the survivors with one scan of the baskets.
 */
export function apriori(baskets: Baskets, options: Partial<MiningOptions> = {}): FrequentItemset[] {
  checkBaskets(baskets);
  const n = basketCount(baskets);
  const { minCount, maxLength } = resolveMiningOptions(options, n);
  const { offsets, items, itemCount } = baskets;

  const singles = new Int32Array(itemCount);
  for (let p = 0; p < items.length; p++) singles[items[p]]++;
  let level: number[][] = [];
  const out: FrequentItemset[] = [];
  for (let item = 0; item < itemCount; item++) {
    if (singles[item] >= minCount) {
      level.push([item]);
      out.push({ items: [item], count: singles[item], support: singles[item] / n });
    }
  }

  const present = new Uint8Array(itemCount);
  for (let k = 2; k <= maxLength && level.length > 1; k++) {
    const frequentKeys = new Set(level.map((set) => set.join(",")));
    const candidates = joinAndPrune(level, frequentKeys);
    if (candidates.length === 0) break;
    const counts = new Int32Array(candidates.length);
    for (let b = 0; b + 1 < offsets.length; b++) {
      if (offsets[b + 1] - offsets[b] < k) continue;
      for (let p = offsets[b]; p < offsets[b + 1]; p++) present[items[p]] = 1;
      for (let c = 0; c < candidates.length; c++) {
        if (candidates[c].every((item) => present[item] === 1)) counts[c]++;
      }
      for (let p = offsets[b]; p < offsets[b + 1]; p++) present[items[p]] = 0;
    }
    level = [];
    candidates.forEach((candidate, c) => {
      if (counts[c] >= minCount) {
        level.push(candidate);
        out.push({ items: candidate, count: counts[c], support: counts[c] / n });
      }
    });
  }
  return out.sort((a, b) => compareItemLists(a.items, b.items));
}

function joinAndPrune(level: number[][], frequentKeys: Set<string>): number[][] {
  const candidates: number[][] = [];
  for (let i = 0; i < level.length; i++) {
    for (let j = i + 1; j < level.length; j++) {
      const a = level[i];
      const b = level[j];
      const k = a.length;
      let samePrefix = true;
      for (let t = 0; t < k - 1 && samePrefix; t++) samePrefix = a[t] === b[t];
      if (!samePrefix) continue;
      const candidate = a[k - 1] < b[k - 1] ? [...a, b[k - 1]] : [...b, a[k - 1]];
      if (allSubsetsFrequent(candidate, frequentKeys)) candidates.push(candidate);
    }
  }
  return candidates;
}

function allSubsetsFrequent(candidate: number[], frequentKeys: Set<string>): boolean {
  for (let skip = 0; skip < candidate.length; skip++) {
    if (!frequentKeys.has(candidate.filter((_, t) => t !== skip).join(","))) return false;
  }
  return true;
}
