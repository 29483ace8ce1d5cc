import type { SegmentationModels } from "@seglens/segmentation";
import { AppError } from "../../errors/app-error";

/**
 * What a run stores in SegmentationRun.model: the engine's models plus the fill values the run
 * used for undefined features, so a customer scored later is prepared exactly like the run's.
 */
export interface StoredRunModel {
  kind: "seglens-run-model";
  version: 1;
  /** Value given to a customer whose feature is undefined (e.g. recency without orders). */
  fill: Record<string, number>;
  engine: SegmentationModels;
}

export function readStoredRunModel(value: unknown, runId: string): StoredRunModel {
  const model = value as Partial<StoredRunModel> | null;
  if (!model || model.kind !== "seglens-run-model" || model.version !== 1 || !model.engine) {
    throw new AppError("CONFLICT", `Run ${runId} has no stored model to score customers with.`);
  }
  return model as StoredRunModel;
}

/** A customer's features for the model: its own values, the run's fill where undefined. */
export function fillFeatures(
  features: Record<string, number>,
  model: StoredRunModel,
): Record<string, number> {
  const filled: Record<string, number> = {};
  for (const name of model.engine.featureNames) {
    const value = features[name];
    filled[name] = Number.isFinite(value) ? value : (model.fill[name] ?? 0);
  }
  return filled;
}
