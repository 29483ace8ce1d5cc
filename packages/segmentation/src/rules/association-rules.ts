import { SegmentationError } from "../errors";
import { compareItemLists } from "./mining-options";
import {
  DEFAULT_RULE_OPTIONS,
  type AssociationRule,
  type FrequentItemset,
  type RuleOptions,
} from "./rule-types";

/**
 * Every rule A ⇒ C with A ∪ C a frequent itemset (A, C non-empty and disjoint) whose confidence
 * and lift reach the thresholds. The support of A and of C is read from `itemsets`, which holds
 * them because every subset of a frequent itemset is frequent (downward closure).
 * Sorted by lift, then confidence, then support (descending), then items, so output is stable.
 */
export function associationRules(
  itemsets: readonly FrequentItemset[],
  basketCount: number,
  options: Partial<RuleOptions> = {},
): AssociationRule[] {
  const { minConfidence, minLift } = resolveRuleOptions(options);
  if (!Number.isInteger(basketCount) || basketCount < 1) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `basketCount must be a whole number ≥ 1, got ${basketCount}`,
    );
  }
  const countOf = new Map<string, number>();
  for (const itemset of itemsets) countOf.set(itemset.items.join(","), itemset.count);
  const lookup = (items: number[]): number => {
    const count = countOf.get(items.join(","));
    if (count === undefined) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `itemsets lack the subset {${items.join(", ")}}: pass every frequent itemset`,
      );
    }
    return count;
  };

  const rules: AssociationRule[] = [];
  for (const itemset of itemsets) {
    const k = itemset.items.length;
    if (k < 2) continue;
    // Each mask picks the antecedent; 0 and all-ones would leave one side empty.
    for (let mask = 1; mask < (1 << k) - 1; mask++) {
      const antecedent: number[] = [];
      const consequent: number[] = [];
      itemset.items.forEach((item, t) => (mask & (1 << t) ? antecedent : consequent).push(item));
      const rule = measureRule(
        antecedent,
        consequent,
        itemset.count,
        lookup(antecedent),
        lookup(consequent),
        basketCount,
      );
      if (rule.confidence >= minConfidence - 1e-12 && rule.lift >= minLift - 1e-12) rules.push(rule);
    }
  }
  return rules.sort(
    (a, b) =>
      b.lift - a.lift ||
      b.confidence - a.confidence ||
      b.support - a.support ||
      compareItemLists(a.antecedent, b.antecedent) ||
      compareItemLists(a.consequent, b.consequent),
  );
}

/** Support, confidence, lift, leverage and conviction from the three basket counts. */
export function measureRule(
  antecedent: number[],
  consequent: number[],
  bothCount: number,
  antecedentCount: number,
  consequentCount: number,
  basketCount: number,
): AssociationRule {
  const support = bothCount / basketCount;
  const confidence = antecedentCount > 0 ? bothCount / antecedentCount : 0;
  const consequentSupport = consequentCount / basketCount;
  const lift = consequentSupport > 0 ? confidence / consequentSupport : 0;
  const leverage = support - (antecedentCount / basketCount) * consequentSupport;
  const conviction = confidence >= 1 ? null : (1 - consequentSupport) / (1 - confidence);
  return { antecedent, consequent, count: bothCount, support, confidence, lift, leverage, conviction };
}

function resolveRuleOptions(options: Partial<RuleOptions>): RuleOptions {
  const settings = { ...DEFAULT_RULE_OPTIONS, ...options };
  if (!(settings.minConfidence >= 0 && settings.minConfidence <= 1)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `minConfidence must be in [0, 1], got ${settings.minConfidence}`,
    );
  }
  if (!(settings.minLift >= 0)) {
    throw new SegmentationError("INVALID_OPTION", `minLift must be ≥ 0, got ${settings.minLift}`);
  }
  return settings;
}
