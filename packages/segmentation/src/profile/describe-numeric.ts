import { quantileOfSorted } from "../preprocess/scaler";

export interface NumericQuantiles {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * Summary of one numeric column for one group of customers.
 * An empty group (count 0) has every statistic 0 and an all-zero histogram, so the result stays
 * valid JSON (NaN would turn into null and break consumers).
 */
export interface NumericSummary {
  count: number;
  mean: number;
  median: number;
  /** The most frequent value; the smallest one when several tie (for continuous data: the minimum). */
  mode: number;
  /** Population standard deviation (divides by n), the one the standard scaler uses. */
  std: number;
  /** Sample standard deviation (divides by n − 1); 0 when count < 2. */
  sampleStd: number;
  min: number;
  max: number;
  /** Linear-interpolated quantiles, as numpy.quantile's default. */
  quantiles: NumericQuantiles;
  /** Counts per bin of the column's shared histogram edges (see `histogramEdges`). */
  histogram: number[];
}

/**
 * Equal-width bin edges (bins + 1 of them) spanning [min, max] of the whole column, computed once
 * and shared by every segment so the histograms can be compared bin by bin.
 */
export function histogramEdges(values: ArrayLike<number>, bins: number): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (values.length === 0) return [0, 1];
  return edgesBetween(min, max, bins);
}

/** `bins` equal-width bins from min to max (one bin around the value when min = max). */
export function edgesBetween(min: number, max: number, bins: number): number[] {
  // A constant column still gets one usable bin around its value.
  if (max === min) return [min - 0.5, max + 0.5];
  const edges: number[] = [];
  const width = (max - min) / bins;
  for (let b = 0; b < bins; b++) edges.push(min + b * width);
  edges.push(max);
  return edges;
}

/** Bin counts over `edges`: bins are [e_b, e_b+1), the last one closed so the maximum is counted. */
export function histogramCounts(sorted: ArrayLike<number>, edges: readonly number[]): number[] {
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  const low = edges[0];
  const width = (edges[bins] - low) / bins;
  for (let i = 0; i < sorted.length; i++) {
    let bin = Math.floor((sorted[i] - low) / width);
    if (bin >= bins) bin = bins - 1;
    if (bin < 0) bin = 0;
    counts[bin]++;
  }
  return counts;
}

/** Describes a column; `values` is sorted in place (pass a copy when the order matters). */
export function describeNumeric(values: Float64Array, edges: readonly number[]): NumericSummary {
  return describeSorted(values.sort(), edges);
}

/** Describes an ascending column (no sort: profiles merge per-segment sorted columns instead). */
export function describeSorted(values: Float64Array, edges: readonly number[]): NumericSummary {
  const n = values.length;
  if (n === 0) {
    return {
      count: 0,
      mean: 0,
      median: 0,
      mode: 0,
      std: 0,
      sampleStd: 0,
      min: 0,
      max: 0,
      quantiles: { p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 },
      histogram: new Array<number>(edges.length - 1).fill(0),
    };
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  // One more pass does the squares and the mode's runs together (profiles call this for every
  // segment and feature: a million rows × 10 features × (k + 1) groups).
  let squares = 0;
  let mode = values[0];
  let modeRun = 0;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const d = value - mean;
    squares += d * d;
    if (value !== values[runStart]) {
      // Strictly longer keeps the smallest value among equally frequent ones.
      if (i - runStart > modeRun) {
        modeRun = i - runStart;
        mode = values[runStart];
      }
      runStart = i;
    }
  }
  if (n - runStart > modeRun) mode = values[runStart];
  return {
    count: n,
    mean,
    median: quantileOfSorted(values, 0.5),
    mode,
    std: Math.sqrt(squares / n),
    sampleStd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    min: values[0],
    max: values[n - 1],
    quantiles: {
      p5: quantileOfSorted(values, 0.05),
      p25: quantileOfSorted(values, 0.25),
      p50: quantileOfSorted(values, 0.5),
      p75: quantileOfSorted(values, 0.75),
      p95: quantileOfSorted(values, 0.95),
    },
    histogram: sortedHistogramCounts(values, edges),
  };
}

/**
 * histogramCounts for ascending values without visiting each one: the bin formula is monotone in
 * the value, so each bin's first position is found by binary search (same counts, O(bins·log n)).
 */
export function sortedHistogramCounts(sorted: ArrayLike<number>, edges: readonly number[]): number[] {
  const bins = edges.length - 1;
  const low = edges[0];
  const width = (edges[bins] - low) / bins;
  const binOf = (value: number): number => {
    const bin = Math.floor((value - low) / width);
    return bin >= bins ? bins - 1 : bin < 0 ? 0 : bin;
  };
  const counts = new Array<number>(bins).fill(0);
  let from = 0;
  for (let b = 0; b < bins && from < sorted.length; b++) {
    // First position at or after `from` whose bin is beyond b.
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const middle = (lo + hi) >>> 1;
      if (binOf(sorted[middle]) <= b) lo = middle + 1;
      else hi = middle;
    }
    counts[b] = lo - from;
    from = lo;
  }
  return counts;
}

/**
 * The ascending union of ascending arrays, by a k-way merge: O(n·k) comparisons for k arrays, far
 * cheaper than sorting the union again when k is a segment count (≤ ~20).
 */
export function mergeSorted(parts: readonly Float64Array[]): Float64Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Float64Array(total);
  const heads = new Int32Array(parts.length);
  for (let o = 0; o < total; o++) {
    let best = -1;
    let bestValue = Infinity;
    for (let p = 0; p < parts.length; p++) {
      if (heads[p] < parts[p].length && (best < 0 || parts[p][heads[p]] < bestValue)) {
        best = p;
        bestValue = parts[p][heads[p]];
      }
    }
    out[o] = bestValue;
    heads[best]++;
  }
  return out;
}
