import type { ErrorCheck } from "./check-values";
import type { ColumnType } from "./detect-column-type";
import type { BinPlan } from "./discretise";
import type { OutlierPlan } from "./handle-outliers";
import type { ImputeMethod } from "./impute-values";
import type { OneHotPlan } from "./one-hot-encoder";
import type { ScalingMethod } from "./scaler";

/**
 * What to do with one column, in the fixed order
 * parse → checks → impute → outliers → bins → scale (numbers, dates, booleans) or
 * parse → checks → impute → one-hot (categories). Only `column` is required.
 */
export interface ColumnPlan {
  column: string;
  /** Default "auto": detected from the fit rows. */
  type?: ColumnType | "auto";
  checks?: ErrorCheck[];
  /**
   * Default median for numbers and dates, mode for booleans and categories. For categories
   * "none" keeps missing values as their own category "(missing)".
   */
  impute?: ImputeMethod;
  /** The column giving the order for impute "interpolate" (numeric or date); default row order. */
  interpolateBy?: string;
  /** Default none. */
  outliers?: OutlierPlan;
  /** Turns a numeric or date column into bins (after outliers). */
  bins?: BinPlan;
  /** Scaling of the numeric output (after outliers; for ordinal bins, the index). Default none. */
  scale?: ScalingMethod;
  /** Categories only. */
  oneHot?: OneHotPlan;
  /** false: cleaned and reported (e.g. an email column) but not a feature. Default true. */
  output?: boolean;
}

export interface PreprocessPlan {
  columns: ColumnPlan[];
  /** Key columns for duplicate rows (the first row of each key is kept). */
  dedupeBy?: string[];
  /** Date columns become "days before asOf" (ms since the epoch); required when a date column is output. */
  asOf?: number;
}

export const MISSING_CATEGORY = "(missing)";
