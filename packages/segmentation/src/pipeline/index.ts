export type { AttributeValue, CustomerRow, ReadyFeatureTable, PipelineInput } from "./pipeline-input";
export type { PipelineOptions, ResolvedPipelineOptions } from "./pipeline-options";
export {
  PIPELINE_DEFAULTS,
  SENSITIVE_ATTRIBUTES,
  DEFAULT_ORDER_FEATURES,
  resolvePipelineOptions,
} from "./pipeline-options";
export type { PipelineStage, PipelineHooks } from "./progress-tracker";
export type { SegmentationModels, SegmentSummary, StageTiming, SegmentationResult } from "./pipeline-result";
export type { ImputationRecord } from "./prepare-features";
export type { BasketRule } from "./mine-basket-rules";
export { runSegmentationPipeline } from "./run-segmentation-pipeline";
export type { CustomerAssignment } from "./assign-customer";
export { assignCustomer } from "./assign-customer";
