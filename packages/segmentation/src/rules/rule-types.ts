/**
 * Shared types of association-rule mining. Items are integer ids 0..itemCount-1 (see
 * ItemDictionary for names ↔ ids); baskets are stored CSR-style in typed arrays.
 */

/**
 * Basket b holds items[offsets[b] .. offsets[b + 1]), ascending and without repeats
 * (buildBaskets guarantees this). offsets.length = basketCount + 1.
 */
export interface Baskets {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
  /** Number of distinct item ids (every id is < itemCount). */
  readonly itemCount: number;
}

export interface MiningOptions {
  /** Minimum support as a fraction of baskets, in (0, 1]. Default 0.01. */
  minSupport: number;
  /** Longest itemset mined (≥ 1). Default 4. */
  maxLength: number;
}

export const DEFAULT_MINING_OPTIONS: Readonly<MiningOptions> = Object.freeze({
  minSupport: 0.01,
  maxLength: 4,
});

export interface FrequentItemset {
  /** Ascending item ids. */
  items: number[];
  /** Number of baskets containing every item. */
  count: number;
  /** count / basketCount. */
  support: number;
}

export interface RuleOptions {
  /** Minimum confidence in [0, 1]. Default 0.5. */
  minConfidence: number;
  /** Minimum lift (≥ 0). Default 0 (no filter). */
  minLift: number;
}

export const DEFAULT_RULE_OPTIONS: Readonly<RuleOptions> = Object.freeze({ minConfidence: 0.5, minLift: 0 });

/** antecedent ⇒ consequent; both ascending ids, disjoint, non-empty. */
export interface AssociationRule {
  antecedent: number[];
  consequent: number[];
  /** Baskets holding antecedent ∪ consequent. */
  count: number;
  /** P(A ∪ C). */
  support: number;
  /** P(C | A). */
  confidence: number;
  /** confidence / P(C): 1 = independent, > 1 = bought together more than chance. */
  lift: number;
  /** P(A ∪ C) - P(A)·P(C). */
  leverage: number;
  /**
   * (1 - P(C)) / (1 - confidence). null when confidence is 1: the rule never fails and conviction
   * is unbounded (null rather than Infinity, which JSON cannot carry). Always finite otherwise.
   */
  conviction: number | null;
}

/** A rule mined inside one segment, compared with the same rule over all baskets. */
export interface SegmentAssociationRule extends AssociationRule {
  overall: { count: number; support: number; confidence: number; lift: number };
  /**
   * lift within the segment / lift over all baskets (> 1: the association is stronger here). null
   * when the overall lift is 0 (not reachable for a rule mined from the same baskets, but kept
   * finite-or-null like conviction so that results stay valid JSON).
   */
  liftRatio: number | null;
}

export interface SegmentRuleSet {
  segment: number;
  basketCount: number;
  itemsets: FrequentItemset[];
  rules: SegmentAssociationRule[];
}
