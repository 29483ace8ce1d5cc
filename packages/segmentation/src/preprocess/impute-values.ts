import { SegmentationError } from "../errors";
import { ChangeRecorder, describeNumber, type ChangeRecord } from "./change-report";
import { quantileOfSorted } from "./scaler";

/**
 * mean / median / mode fill with one value learnt at fit; interpolate fills linearly between the
 * nearest known neighbours in row order or in the order of another column (e.g. a date), holding
 * the nearest known value at the ends, and falls back to the fitted median when a batch has no
 * known value at all. none leaves values missing.
 */
export type ImputeMethod = "mean" | "median" | "mode" | "interpolate" | "none";

export interface FittedNumericImputer {
  method: ImputeMethod;
  /** The fill for mean/median/mode, the fallback median for interpolate; null when nothing was known. */
  fill: number | null;
}

export function fitNumericImputer(values: Float64Array, method: ImputeMethod): FittedNumericImputer {
  const known = values.filter((v) => !Number.isNaN(v)).sort();
  if (known.length === 0) return { method, fill: null };
  if (method === "mean") return { method, fill: known.reduce((sum, v) => sum + v, 0) / known.length };
  if (method === "mode") return { method, fill: modeOfSorted(known) };
  return { method, fill: quantileOfSorted(known, 0.5) };
}

/** Most frequent value of an ascending array; ties go to the smallest value. */
function modeOfSorted(sorted: Float64Array): number {
  let best = sorted[0];
  let bestRun = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i > bestRun) {
      bestRun = j - i;
      best = sorted[i];
    }
    i = j;
  }
  return best;
}

/** Fills NaN in place; `order` (same length, NaN = unknown position) drives interpolation. */
export function imputeNumbers(
  column: string,
  values: Float64Array,
  imputer: FittedNumericImputer,
  order: Float64Array | null,
  report: ChangeRecord[],
  display: (value: number) => unknown = (value) => value,
): void {
  if (imputer.method === "none") return;
  const fill = imputer.fill;
  const describe =
    imputer.method === "interpolate"
      ? `missing values interpolated linearly${order ? " by the order column" : " by row order"}`
      : `missing values imputed with the ${imputer.method} ${fill === null ? "(none known)" : typeof display(fill) === "number" ? describeNumber(fill) : String(display(fill))}`;
  const recorder = new ChangeRecorder(column, "impute", describe);
  if (imputer.method === "interpolate") interpolate(values, order, fill, recorder, display);
  else {
    if (fill === null && values.some(Number.isNaN)) {
      throw new SegmentationError("INVALID_INPUT", `column "${column}" has no known value to impute from`);
    }
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i]) && fill !== null) {
        values[i] = fill;
        recorder.note(i, null, display(fill));
      }
    }
  }
  recorder.flushInto(report);
}

function interpolate(
  values: Float64Array,
  order: Float64Array | null,
  fallback: number | null,
  recorder: ChangeRecorder,
  display: (value: number) => unknown,
): void {
  const n = values.length;
  const position = (i: number): number => (order ? order[i] : i);
  // Rows without a position cannot be placed between neighbours: they take the fallback.
  const placed: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(position(i))) placed.push(i);
  placed.sort((a, b) => position(a) - position(b) || a - b);
  const known = placed.filter((i) => !Number.isNaN(values[i]));
  const result = Float64Array.from(values);
  let k = -1; // index in `known` of the last known row at or before the current one
  for (const i of placed) {
    if (!Number.isNaN(values[i])) {
      k++;
      continue;
    }
    const before = k >= 0 ? known[k] : -1;
    const after = k + 1 < known.length ? known[k + 1] : -1;
    if (before >= 0 && after >= 0) {
      const span = position(after) - position(before);
      const t = span > 0 ? (position(i) - position(before)) / span : 0.5;
      result[i] = values[before] + (values[after] - values[before]) * t;
    } else if (before >= 0 || after >= 0) result[i] = values[before >= 0 ? before : after];
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(values[i])) continue;
    let filled = result[i];
    if (Number.isNaN(filled)) {
      if (fallback === null) continue;
      filled = fallback;
    }
    values[i] = filled;
    recorder.note(i, null, display(filled));
  }
}

/** Most frequent category (ties: alphabetically first), or null when all are missing. */
export function modeOfStrings(values: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
