/** One condition of a readable rule, on one feature, after merging repeated bounds along a path. */
export type RuleCondition =
  | {
      feature: string;
      kind: "range";
      /** Lower bound (exclusive: value > min), absent when unbounded below. */
      min?: number;
      /** Upper bound (inclusive: value ≤ max), absent when unbounded above. */
      max?: number;
      /** For people, e.g. "20 < age ≤ 35" or "orders > 5". */
      text: string;
    }
  | {
      feature: string;
      kind: "in";
      categories: string[];
      /** e.g. "city is Paris or Lyon". */
      text: string;
    };

/** A root-to-leaf path whose leaf predicts `segment`. */
export interface SegmentRule {
  segment: number;
  conditions: RuleCondition[];
  /** Conditions joined by " and " ("all customers" for a tree that is a single leaf). */
  text: string;
  /** Rows matching the rule that are in the segment. */
  support: number;
  /** Rows matching the rule. */
  matched: number;
  /** support / segment size: the share of the segment's members this rule covers. */
  coverage: number;
  /** support / matched: the share of customers matching the rule that are in the segment. */
  precision: number;
}

export interface FeatureImportance {
  feature: string;
  /** Total weighted impurity decrease from splits on this feature, normalised to sum to 1. */
  importance: number;
}

/** One step of a customer's path: the condition it satisfied, with its actual value. */
export interface PathStep {
  feature: string;
  condition: string;
  /** The customer's value (a number, or the category name). */
  value: number | string;
}

export interface RowExplanation {
  /** The segment the tree predicts for the row. */
  segment: number;
  /** Share of training rows in the reached leaf that belong to `segment`. */
  confidence: number;
  steps: PathStep[];
  /** Steps joined by " and ". */
  text: string;
}
