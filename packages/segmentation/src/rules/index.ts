export type {
  Baskets,
  MiningOptions,
  FrequentItemset,
  RuleOptions,
  AssociationRule,
  SegmentRule,
  SegmentRules,
} from "./rule-types";
export { DEFAULT_MINING_OPTIONS, DEFAULT_RULE_OPTIONS } from "./rule-types";
