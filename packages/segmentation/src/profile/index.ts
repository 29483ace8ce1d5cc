export type { NumericSummary, NumericQuantiles } from "./describe-numeric";
export {
  describeNumeric,
  describeSorted,
  histogramEdges,
  edgesBetween,
  histogramCounts,
  sortedHistogramCounts,
  mergeSorted,
} from "./describe-numeric";
export type { CategoricalSummary, CategoryShare } from "./describe-categorical";
export { describeCategorical } from "./describe-categorical";
export type { FeatureComparison } from "./compare-to-overall";
export { compareToOverall, standOutFeatures, STAND_OUT_EFFECT_SIZE } from "./compare-to-overall";
export type {
  CategoricalColumn,
  PresortedColumn,
  ProfileSegmentsOptions,
  GroupProfile,
  SegmentProfile,
  SegmentProfiles,
} from "./profile-segments";
export { presortColumns, profileSegments } from "./profile-segments";
export type { PcaJSON } from "./pca";
export { Pca } from "./pca";
export { symmetricEigen } from "./symmetric-eigen";
export type { PlotPoint, PlotCentroid, ScatterProjection, ProjectForPlotOptions } from "./project-for-plot";
export { projectForPlot } from "./project-for-plot";
export type { FeatureRole, FeatureRoles } from "./feature-roles";
export { detectFeatureRoles, ROLE_WORDS } from "./feature-roles";
export type { ArchetypeId, ArchetypeCondition, MarketingPlan, Archetype } from "./archetype-playbook";
export { ARCHETYPE_PLAYBOOK } from "./archetype-playbook";
export { matchArchetype } from "./match-archetype";
export type { SuggestedPlan, SegmentIdentity } from "./name-segments";
export { nameSegments } from "./name-segments";
