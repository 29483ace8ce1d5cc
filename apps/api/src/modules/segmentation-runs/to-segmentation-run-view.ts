import type { SegmentationRun as RunRow } from "@seglens/database";
import type { FeatureImportance, KSelection as EngineKSelection, PlotCentroid } from "@seglens/segmentation";
import type { StoredRunParameters } from "./run-parameters";
import type { RunTimingsJson } from "./save-run-result";
import type { SegmentationRun } from "./segmentation-run.type";

interface StoredResult {
  explanation?: { fidelity: number; importances: FeatureImportance[] };
  projection?: { points: Array<{ x: number; y: number; segment: number }>; centroids: PlotCentroid[] } | null;
}

/** The GraphQL view of a run row: JSON columns decoded into typed fields (the heavy model is never exposed). */
export function toSegmentationRunView(row: RunRow): SegmentationRun {
  const metrics = row.metrics as { kSelection?: EngineKSelection } | null;
  const result = row.result as StoredResult | null;
  const timings = row.timings as Partial<RunTimingsJson> | null;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    stage: row.stage,
    progress: row.progress,
    cancelRequested: row.cancelRequested,
    isActive: row.isActive,
    parameters: row.parameters as unknown as StoredRunParameters,
    k: row.k,
    customerCount: row.customerCount,
    error: row.error,
    timings:
      timings && typeof timings.totalSeconds === "number"
        ? {
            loadingSeconds: timings.loadingSeconds ?? 0,
            pipelineSeconds: timings.pipelineSeconds ?? 0,
            savingSeconds: timings.savingSeconds ?? 0,
            totalSeconds: timings.totalSeconds,
            stages: timings.stages ?? [],
          }
        : null,
    kSelection: metrics?.kSelection
      ? {
          rows: metrics.kSelection.rows,
          recommendedK: metrics.kSelection.recommendedK,
          reason: metrics.kSelection.reason,
          elbowK: metrics.kSelection.elbowK,
        }
      : null,
    explanation: result?.explanation
      ? { fidelity: row.fidelity ?? result.explanation.fidelity, importances: result.explanation.importances }
      : null,
    pcaPoints: (result?.projection?.points ?? []).map((point) => ({
      x: point.x,
      y: point.y,
      segmentIndex: point.segment,
    })),
    pcaCentroids: (result?.projection?.centroids ?? []).map((centroid) => ({
      x: centroid.x,
      y: centroid.y,
      segmentIndex: centroid.segment,
    })),
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    activatedAt: row.activatedAt,
  };
}
