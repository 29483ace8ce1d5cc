export type {
  Feature,
  FeatureKind,
  FeatureTable,
  NumericFeature,
  CategoricalFeature,
  FeatureColumnInput,
} from "./feature-table";
export {
  createFeatureTable,
  featureTableFromMatrix,
  selectFeatureRows,
  validateFeatureTable,
} from "./feature-table";
export type {
  RuleCondition,
  SegmentRule,
  FeatureImportance,
  PathStep,
  RowExplanation,
} from "./explanation-types";
export type { Criterion } from "./impurity";
export { impurity } from "./impurity";
export { entropyOf, informationGain } from "./information-gain";
export type { TreeOptions, PruningOption } from "./tree-options";
export { defaultTreeOptions } from "./tree-options";
export type { TreeNode } from "./tree-node";
export { majorityClass } from "./tree-node";
export type { FeatureMeta } from "./tree-columns";
export type { PruningPath } from "./cost-complexity";
export type { AlphaSelection } from "./choose-alpha";
export { DecisionTree } from "./decision-tree";
export type { DecisionTreeJSON, TreeNodeJSON } from "./decision-tree";
export { extractRules } from "./extract-rules";
export { explainRow, explainRecord } from "./explain-row";
export { explainClusters, defaultExplainClustersOptions } from "./explain-clusters";
export type { ExplainClustersInput, ExplainClustersOptions, ClusterExplanation } from "./explain-clusters";
export { formatNumber, describeRange, describeCategories } from "./format-condition";
export { stratifiedFolds, splitFold } from "./stratified-folds";
