import { basketCount, checkBaskets } from "./build-baskets";
import { compareItemLists, resolveMiningOptions } from "./mining-options";
import type { Baskets, FrequentItemset, MiningOptions } from "./rule-types";

interface ClassMember {
  item: number;
  /** Ascending ids of the baskets holding prefix ∪ {item}. */
  tids: Int32Array;
}

/**
 * Frequent itemsets by Eclat: depth-first over the vertical layout (one ascending basket-id list
 * per item), where the support of an extension is the size of a sorted-list intersection. Items
 * are extended from the rarest up, which keeps the lists at each depth short. Exact counts, the
 * same itemsets as Apriori; results in canonical order (length, then ids).
 */
export function eclat(baskets: Baskets, options: Partial<MiningOptions> = {}): FrequentItemset[] {
  checkBaskets(baskets);
  const n = basketCount(baskets);
  const { minCount, maxLength } = resolveMiningOptions(options, n);
  const lists = verticalLayout(baskets);
  const roots: ClassMember[] = [];
  for (let item = 0; item < lists.length; item++) {
    if (lists[item].length >= minCount) roots.push({ item, tids: lists[item] });
  }
  roots.sort((a, b) => a.tids.length - b.tids.length || a.item - b.item);

  const out: FrequentItemset[] = [];
  const prefix: number[] = [];
  const scratch = new Int32Array(n);
  const extend = (members: ClassMember[]): void => {
    for (let i = 0; i < members.length; i++) {
      const { item, tids } = members[i];
      prefix.push(item);
      out.push({ items: [...prefix].sort((a, b) => a - b), count: tids.length, support: tids.length / n });
      if (prefix.length < maxLength) {
        const next: ClassMember[] = [];
        for (let j = i + 1; j < members.length; j++) {
          const size = intersectInto(tids, members[j].tids, scratch);
          if (size >= minCount) next.push({ item: members[j].item, tids: scratch.slice(0, size) });
        }
        if (next.length > 0) extend(next);
      }
      prefix.pop();
    }
  };
  extend(roots);
  return out.sort((a, b) => compareItemLists(a.items, b.items));
}

/** For each item id, the ascending ids of the baskets that hold it. */
export function verticalLayout(baskets: Baskets): Int32Array[] {
  const { offsets, items, itemCount } = baskets;
  const sizes = new Int32Array(itemCount);
  for (let p = 0; p < items.length; p++) sizes[items[p]]++;
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(itemCount);
  for (let b = 0; b + 1 < offsets.length; b++) {
    for (let p = offsets[b]; p < offsets[b + 1]; p++) lists[items[p]][filled[items[p]]++] = b;
  }
  return lists;
}

/** Writes a ∩ b (both ascending) into out and returns its size. */
export function intersectInto(a: Int32Array, b: Int32Array, out: Int32Array): number {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      out[k++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return k;
}
