import type { ChangeRecord } from "./change-report";
import type { ErrorCheck } from "./check-values";
import type { ColumnType } from "./detect-column-type";
import type { FittedBins } from "./discretise";
import type { FittedOutliers } from "./handle-outliers";
import type { ImputeMethod } from "./impute-values";
import type { FittedOneHot } from "./one-hot-encoder";

/** Everything learnt about one column at fit: plain JSON, so the Preprocessor serialises as is. */
export interface FittedColumn {
  column: string;
  type: ColumnType;
  /** Detection confidence (1 when the plan fixed the type). */
  confidence: number;
  checks: ErrorCheck[];
  interpolateBy: string | null;
  output: boolean;
  impute: { method: ImputeMethod; fill: number | string | null };
  outliers: FittedOutliers;
  bins: FittedBins | null;
  /** Output = (value - center) / scale. */
  scaling: { method: string; center: number; scale: number } | null;
  oneHot: FittedOneHot | null;
  featureNames: string[];
}

export interface ColumnContext {
  asOf: number | undefined;
  /** Parsed values of the interpolateBy column (NaN = unknown), when the plan names one. */
  order: Float64Array | null;
  report: ChangeRecord[];
}

export interface ProcessedColumn {
  fitted: FittedColumn;
  /** One array per feature name (empty when the column is not output). */
  features: Float64Array[];
}
