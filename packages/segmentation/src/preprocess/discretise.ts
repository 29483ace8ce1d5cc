import { SegmentationError } from "../errors";
import { quantileOfSorted } from "./scaler";

export interface BinPlan {
  method: "equal-width" | "quantile";
  count: number;
  /** ordinal = one feature holding the bin index 0..k-1; one-hot = one 0/1 feature per bin. */
  encode?: "ordinal" | "one-hot";
}

export interface FittedBins {
  /** Ascending; bin b is [edges[b], edges[b+1]); values beyond the ends fall in the end bins. */
  edges: number[];
  labels: string[];
  encode: "ordinal" | "one-hot";
}

/**
 * Bin edges from the known values. Quantile edges that coincide (many equal values) are merged,
 * so a column may get fewer bins than asked; equal-width on a constant column gives one bin.
 */
export function fitBins(column: string, values: Float64Array, plan: BinPlan): FittedBins {
  if (!Number.isInteger(plan.count) || plan.count < 2) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `${column}: bins need a whole count ≥ 2, got ${plan.count}`,
    );
  }
  const known = values.filter((v) => !Number.isNaN(v)).sort();
  if (known.length === 0)
    throw new SegmentationError("INVALID_INPUT", `${column}: cannot bin a column with no known values`);
  const min = known[0];
  const max = known[known.length - 1];
  const raw: number[] = [];
  for (let b = 0; b <= plan.count; b++) {
    raw.push(
      plan.method === "quantile"
        ? quantileOfSorted(known, b / plan.count)
        : min + ((max - min) * b) / plan.count,
    );
  }
  const edges = raw.filter((edge, b) => b === 0 || edge > raw[b - 1]);
  if (edges.length === 1) edges.push(edges[0]);
  return { edges, labels: binLabels(edges), encode: plan.encode ?? "ordinal" };
}

export function binOf(value: number, edges: readonly number[]): number {
  let bin = 0;
  // Bins are few: a linear scan over the inner edges beats a binary search's branches.
  for (let e = 1; e < edges.length - 1; e++) if (value >= edges[e]) bin = e;
  return bin;
}

/** "under 20", "20 to under 40", ..., "80 and over"; a single bin reads "all values". */
export function binLabels(edges: readonly number[]): string[] {
  const k = edges.length - 1;
  if (k === 1) return ["all values"];
  const show = (value: number): string => String(Number(value.toPrecision(4)));
  return Array.from({ length: k }, (_, b) => {
    if (b === 0) return `under ${show(edges[1])}`;
    if (b === k - 1) return `${show(edges[b])} and over`;
    return `${show(edges[b])} to under ${show(edges[b + 1])}`;
  });
}
