import { SegmentationError } from "../errors";
import { ChangeRecorder, describeNumber, type ChangeRecord } from "./change-report";
import { quantileOfSorted } from "./scaler";

/**
 * winsorize caps values at quantiles learnt at fit (default 1% and 99%); log1p compresses
 * long-tailed, non-negative money columns; auto picks log1p when skewness is above the threshold
 * and no value is negative, winsorising when skewed with negatives, and nothing otherwise.
 */
export type OutlierPlan =
  | { method: "none" }
  | { method: "winsorize"; lower?: number; upper?: number }
  | { method: "log1p" }
  | { method: "auto"; skewness?: number; lower?: number; upper?: number };

export type FittedOutliers =
  | { method: "none"; reason: string }
  | { method: "winsorize"; low: number; high: number; reason: string }
  | { method: "log1p"; reason: string };

/** Population (biased, as scipy.stats.skew's default) skewness m3 / m2^1.5; 0 for constant data. */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m2 > 1e-300 ? m3 / Math.pow(m2, 1.5) : 0;
}

export function fitOutliers(column: string, values: Float64Array, plan: OutlierPlan): FittedOutliers {
  const known = values.filter((v) => !Number.isNaN(v)).sort();
  if (plan.method === "none") return { method: "none", reason: "not requested" };
  if (known.length === 0) return { method: "none", reason: "no known values" };
  const winsorize = (lower = 0.01, upper = 0.99, reason: string): FittedOutliers => {
    if (!(lower >= 0 && lower < upper && upper <= 1)) {
      throw new SegmentationError(
        "INVALID_OPTION",
        `${column}: winsorising quantiles need 0 ≤ lower < upper ≤ 1`,
      );
    }
    const low = quantileOfSorted(known, lower);
    const high = quantileOfSorted(known, upper);
    return {
      method: "winsorize",
      low,
      high,
      reason: `${reason}: capped at the ${lower * 100}% and ${upper * 100}% quantiles`,
    };
  };
  if (plan.method === "winsorize") return winsorize(plan.lower, plan.upper, "requested");
  if (plan.method === "log1p") {
    if (known[0] < 0)
      throw new SegmentationError(
        "INVALID_OPTION",
        `${column}: log1p needs non-negative values, found ${known[0]}`,
      );
    return { method: "log1p", reason: "requested" };
  }
  const threshold = plan.skewness ?? 1;
  const skew = skewness(known);
  const said = `skewness ${skew.toFixed(2)}`;
  if (Math.abs(skew) <= threshold)
    return { method: "none", reason: `${said} is within ±${threshold}: left as is` };
  if (skew > 0 && known[0] >= 0)
    return { method: "log1p", reason: `${said} > ${threshold} and no negative values: log1p` };
  return winsorize(
    plan.lower,
    plan.upper,
    `${said} beyond ±${threshold} with ${known[0] < 0 ? "negative values" : "a left tail"}`,
  );
}

/** Applies the fitted rule in place and reports each changed row. */
export function applyOutliers(
  column: string,
  values: Float64Array,
  fitted: FittedOutliers,
  report: ChangeRecord[],
): void {
  if (fitted.method === "none") return;
  const recorder = new ChangeRecorder(
    column,
    "outlier",
    fitted.method === "log1p"
      ? `log1p transform (${fitted.reason}); negatives treated as 0`
      : `winsorised to [${describeNumber(fitted.low)}, ${describeNumber(fitted.high)}] (${fitted.reason})`,
  );
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const after =
      fitted.method === "log1p" ? Math.log1p(Math.max(v, 0)) : Math.min(Math.max(v, fitted.low), fitted.high);
    if (after !== v) {
      values[i] = after;
      recorder.note(i, v, after);
    }
  }
  recorder.flushInto(report);
}
