import { SegmentationError } from "../errors";
import { ItemDictionary } from "./item-dictionary";
import type { Baskets } from "./rule-types";

export interface BasketsFromPairs {
  baskets: Baskets;
  dictionary: ItemDictionary;
  /** The transaction key of each basket, in order of first appearance. */
  transactionIds: Array<string | number>;
}

/**
 * Baskets from long-format (transaction, item) pairs, e.g. one CSV row per order line.
 * Repeated items in a transaction count once (support counts baskets, not quantities).
 */
export function buildBaskets(
  transactions: ArrayLike<string | number>,
  items: ArrayLike<string>,
  dictionary: ItemDictionary = new ItemDictionary(),
): BasketsFromPairs {
  if (transactions.length !== items.length) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `got ${transactions.length} transaction values but ${items.length} item values`,
    );
  }
  const basketOf = new Map<string | number, number>();
  const transactionIds: Array<string | number> = [];
  const itemLists: number[][] = [];
  for (let p = 0; p < transactions.length; p++) {
    const key = transactions[p];
    let b = basketOf.get(key);
    if (b === undefined) {
      b = transactionIds.length;
      basketOf.set(key, b);
      transactionIds.push(key);
      itemLists.push([]);
    }
    itemLists[b].push(dictionary.intern(items[p]));
  }
  return { baskets: basketsFromItemLists(itemLists, dictionary.size), dictionary, transactionIds };
}

/** Baskets from one list of item ids per basket (sorted and de-duplicated here). */
export function basketsFromItemLists(lists: ReadonlyArray<readonly number[]>, itemCount?: number): Baskets {
  const offsets = new Int32Array(lists.length + 1);
  const sortedLists = lists.map((list) => Int32Array.from(new Set(list)).sort());
  let maxId = -1;
  sortedLists.forEach((list, b) => {
    offsets[b + 1] = offsets[b] + list.length;
    for (const id of list) {
      if (!Number.isInteger(id) || id < 0)
        throw new SegmentationError(
          "INVALID_INPUT",
          `basket ${b} holds item id ${id}: ids are whole numbers ≥ 0`,
        );
      if (id > maxId) maxId = id;
    }
  });
  const items = new Int32Array(offsets[lists.length]);
  sortedLists.forEach((list, b) => items.set(list, offsets[b]));
  const count = itemCount ?? maxId + 1;
  if (maxId >= count)
    throw new SegmentationError("INVALID_INPUT", `item id ${maxId} is not below itemCount ${count}`);
  return { offsets, items, itemCount: count };
}

/** Throws unless `baskets` keeps the Baskets invariants (mining relies on them for exact counts). */
export function checkBaskets(baskets: Baskets): void {
  const { offsets, items, itemCount } = baskets;
  if (offsets.length < 1 || offsets[0] !== 0 || offsets[offsets.length - 1] !== items.length) {
    throw new SegmentationError("INVALID_INPUT", "basket offsets must start at 0 and end at the item count");
  }
  for (let b = 0; b + 1 < offsets.length; b++) {
    if (offsets[b + 1] < offsets[b])
      throw new SegmentationError("INVALID_INPUT", `basket ${b} has a negative length`);
    for (let p = offsets[b]; p < offsets[b + 1]; p++) {
      const id = items[p];
      if (id < 0 || id >= itemCount)
        throw new SegmentationError(
          "INVALID_INPUT",
          `basket ${b} holds item id ${id}, outside 0..${itemCount - 1}`,
        );
      if (p > offsets[b] && id <= items[p - 1]) {
        throw new SegmentationError("INVALID_INPUT", `basket ${b} items must be ascending without repeats`);
      }
    }
  }
}

export function basketCount(baskets: Baskets): number {
  return baskets.offsets.length - 1;
}
