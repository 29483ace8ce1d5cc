import { SegmentationError } from "../errors";
import { associationRules, measureRule } from "./association-rules";
import { basketCount, checkBaskets } from "./build-baskets";
import { eclat, intersectInto, verticalLayout } from "./eclat";
import type {
  Baskets,
  MiningOptions,
  RuleOptions,
  SegmentAssociationRule,
  SegmentRuleSet,
} from "./rule-types";

/**
 * Rules mined inside each segment (segmentOfBasket[b] = segment of basket b; negative = none),
 * each compared with the same rule over all baskets: a rule with lift 3 in a segment but 3 overall
 * says nothing about the segment, one with liftRatio 2 does. Segments in ascending order.
 */
export function mineSegmentRules(
  baskets: Baskets,
  segmentOfBasket: ArrayLike<number>,
  mining: Partial<MiningOptions> = {},
  ruleOptions: Partial<RuleOptions> = {},
): SegmentRuleSet[] {
  checkBaskets(baskets);
  const n = basketCount(baskets);
  if (segmentOfBasket.length !== n) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `got ${segmentOfBasket.length} segment labels for ${n} baskets`,
    );
  }
  const members = new Map<number, number[]>();
  for (let b = 0; b < n; b++) {
    const segment = segmentOfBasket[b];
    if (segment < 0) continue;
    if (!Number.isInteger(segment))
      throw new SegmentationError(
        "INVALID_INPUT",
        `basket ${b} has segment ${segment}: segments are whole numbers`,
      );
    let list = members.get(segment);
    if (!list) members.set(segment, (list = []));
    list.push(b);
  }
  const overall = overallCounter(baskets);
  return [...members.keys()]
    .sort((a, b) => a - b)
    .map((segment) => {
      const sub = selectBaskets(baskets, members.get(segment) ?? []);
      const size = basketCount(sub);
      const itemsets = eclat(sub, mining);
      const rules = associationRules(itemsets, size, ruleOptions).map((rule): SegmentAssociationRule => {
        const all = measureRule(
          rule.antecedent,
          rule.consequent,
          overall([...rule.antecedent, ...rule.consequent].sort((a, b) => a - b)),
          overall(rule.antecedent),
          overall(rule.consequent),
          n,
        );
        return {
          ...rule,
          overall: { count: all.count, support: all.support, confidence: all.confidence, lift: all.lift },
          liftRatio: all.lift > 0 ? rule.lift / all.lift : null,
        };
      });
      return { segment, basketCount: size, itemsets, rules };
    });
}

/** Baskets b in `indices`, renumbered 0..indices.length-1, same item ids. */
export function selectBaskets(baskets: Baskets, indices: readonly number[]): Baskets {
  const offsets = new Int32Array(indices.length + 1);
  indices.forEach((b, r) => (offsets[r + 1] = offsets[r] + baskets.offsets[b + 1] - baskets.offsets[b]));
  const items = new Int32Array(offsets[indices.length]);
  indices.forEach((b, r) =>
    items.set(baskets.items.subarray(baskets.offsets[b], baskets.offsets[b + 1]), offsets[r]),
  );
  return { offsets, items, itemCount: baskets.itemCount };
}

/** Counts baskets holding a whole itemset over all baskets, by tid-list intersection, memoised. */
function overallCounter(baskets: Baskets): (items: number[]) => number {
  const lists = verticalLayout(baskets);
  const scratch = new Int32Array(basketCount(baskets));
  const other = new Int32Array(basketCount(baskets));
  const cache = new Map<string, number>();
  return (items) => {
    const key = items.join(",");
    const known = cache.get(key);
    if (known !== undefined) return known;
    let current = lists[items[0]];
    let size = current.length;
    for (let t = 1; t < items.length; t++) {
      const target = current === scratch ? other : scratch;
      size = intersectInto(current.subarray(0, size), lists[items[t]], target);
      current = target;
    }
    cache.set(key, size);
    return size;
  };
}
