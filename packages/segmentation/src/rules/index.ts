export type {
  Baskets,
  MiningOptions,
  FrequentItemset,
  RuleOptions,
  AssociationRule,
  SegmentAssociationRule,
  SegmentRuleSet,
} from "./rule-types";
export { DEFAULT_MINING_OPTIONS, DEFAULT_RULE_OPTIONS } from "./rule-types";
export { ItemDictionary } from "./item-dictionary";
export type { ItemDictionaryJSON } from "./item-dictionary";
export { buildBaskets, basketsFromItemLists, checkBaskets, basketCount } from "./build-baskets";
export type { BasketsFromPairs } from "./build-baskets";
export { eclat, eclat as mineFrequentItemsets } from "./eclat";
export { apriori } from "./apriori";
export { countItemsetsBruteForce } from "./count-itemsets-brute-force";
export { associationRules } from "./association-rules";
export { mineSegmentRules, selectBaskets } from "./segment-rules";
