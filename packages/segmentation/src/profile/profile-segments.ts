import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { describeCategorical, type CategoricalSummary } from "./describe-categorical";
import { argsortFloat64, sortWithPayload } from "../sort";
import { describeSorted, edgesBetween, type NumericSummary } from "./describe-numeric";
import { compareToOverall, standOutFeatures, type FeatureComparison } from "./compare-to-overall";

export interface CategoricalColumn {
  name: string;
  /** One value per row of the numeric matrix, same order. */
  values: readonly string[];
}

export interface ProfileSegmentsOptions {
  /** Features in original units, one row per customer. */
  features: DenseMatrix;
  featureNames: readonly string[];
  /** Segment of each row, 0..k-1. */
  labels: ArrayLike<number>;
  k: number;
  categorical?: readonly CategoricalColumn[];
  /** Histogram bins per numeric feature (default 10). */
  bins?: number;
  /**
   * presortColumns(features), when computed beforehand (the columns can be sorted before the
   * labels exist, e.g. on another thread while k-means runs); sorted here otherwise.
   */
  presorted?: readonly PresortedColumn[];
}

/** One feature column in ascending order and the row each value came from. */
export interface PresortedColumn {
  values: Float64Array;
  rows: Int32Array;
}

/** Every column of the matrix sorted, with source rows (ties in row order), for profileSegments. */
export function presortColumns(features: DenseMatrix): PresortedColumn[] {
  const { rows: n, cols, data } = features;
  const column = new Float64Array(n);
  return Array.from({ length: cols }, (_, j) => {
    for (let i = 0; i < n; i++) column[i] = data[i * cols + j];
    const rows = argsortFloat64(column);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = column[rows[i]];
    return { values, rows };
  });
}

export interface GroupProfile {
  size: number;
  numeric: Record<string, NumericSummary>;
  categorical: Record<string, CategoricalSummary>;
}

export interface SegmentProfile extends GroupProfile {
  id: number;
  share: number;
  /** One per numeric feature, in feature order. */
  comparisons: FeatureComparison[];
  /** The comparisons with |effectSize| ≥ 0.5, most distinctive first. */
  standOut: FeatureComparison[];
}

export interface SegmentProfiles {
  featureNames: string[];
  /** Shared histogram edges per numeric feature: every group's histogram counts these bins. */
  histogramEdges: Record<string, number[]>;
  overall: GroupProfile;
  segments: SegmentProfile[];
}

/** Descriptive statistics per segment and for all customers, and how each segment differs. */
export function profileSegments(options: ProfileSegmentsOptions): SegmentProfiles {
  const { features, featureNames, labels, k } = options;
  const bins = options.bins ?? 10;
  const categorical = options.categorical ?? [];
  validate(options, bins);
  const n = features.rows;
  const members = groupRows(labels, k, n);
  const everyone = new Int32Array(n);
  for (let i = 0; i < n; i++) everyone[i] = i;

  const edges: Record<string, number[]> = {};
  const overallNumeric: Record<string, NumericSummary> = {};
  const segmentNumeric: Record<string, NumericSummary>[] = members.map(() => ({}));
  const segmentOf = new Int32Array(n);
  for (let i = 0; i < n; i++) segmentOf[i] = labels[i];
  const starts = new Int32Array(k);
  for (let s = 1; s < k; s++) starts[s] = starts[s - 1] + members[s - 1].length;
  const column = new Float64Array(n);
  const grouped = new Float64Array(n);
  const next = new Int32Array(k);
  const presorted = options.presorted;
  for (let j = 0; j < features.cols; j++) {
    const name = featureNames[j];
    // One sort of the whole column carrying each row's segment (or its row, when presorted); a
    // stable pass then deals the sorted values out to the segments, so every segment's slice of
    // `grouped` is sorted as well.
    let sorted: Float64Array;
    next.set(starts);
    if (presorted) {
      const { values, rows } = presorted[j];
      for (let i = 0; i < n; i++) grouped[next[segmentOf[rows[i]]]++] = values[i];
      sorted = values;
    } else {
      for (let i = 0; i < n; i++) column[i] = features.data[i * features.cols + j];
      const bySegment = sortWithPayload(column, segmentOf);
      for (let i = 0; i < n; i++) grouped[next[bySegment.payload[i]]++] = bySegment.values[i];
      sorted = bySegment.values;
    }
    edges[name] = n === 0 ? [0, 1] : edgesBetween(sorted[0], sorted[n - 1], bins);
    overallNumeric[name] = describeSorted(sorted, edges[name]);
    members.forEach((rows, s) => {
      segmentNumeric[s][name] = describeSorted(
        grouped.subarray(starts[s], starts[s] + rows.length),
        edges[name],
      );
    });
  }

  const overall: GroupProfile = {
    size: n,
    numeric: overallNumeric,
    categorical: describeAll(categorical, everyone),
  };
  const segments = members.map((rows, s): SegmentProfile => {
    const comparisons = featureNames.map((name) =>
      compareToOverall(name, segmentNumeric[s][name], overallNumeric[name]),
    );
    return {
      id: s,
      size: rows.length,
      share: n === 0 ? 0 : rows.length / n,
      numeric: segmentNumeric[s],
      categorical: describeAll(categorical, rows),
      comparisons,
      standOut: standOutFeatures(comparisons),
    };
  });
  return { featureNames: [...featureNames], histogramEdges: edges, overall, segments };
}

function validate(options: ProfileSegmentsOptions, bins: number): void {
  const { features, featureNames, labels, k } = options;
  if (featureNames.length !== features.cols) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `${featureNames.length} feature names for ${features.cols} columns`,
    );
  }
  if (labels.length !== features.rows) {
    throw new SegmentationError("INVALID_INPUT", `${labels.length} labels for ${features.rows} rows`);
  }
  const presorted = options.presorted;
  if (
    presorted &&
    (presorted.length !== features.cols ||
      presorted.some(
        (column) => column.values.length !== features.rows || column.rows.length !== features.rows,
      ))
  ) {
    throw new SegmentationError("INVALID_INPUT", "presorted columns do not match the feature matrix");
  }
  if (!Number.isInteger(k) || k < 1)
    throw new SegmentationError("INVALID_OPTION", `k must be a positive integer, got ${k}`);
  if (!Number.isInteger(bins) || bins < 1) {
    throw new SegmentationError("INVALID_OPTION", `bins must be a positive integer, got ${bins}`);
  }
  for (const column of options.categorical ?? []) {
    if (column.values.length !== features.rows) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `categorical column "${column.name}" has ${column.values.length} values for ${features.rows} rows`,
      );
    }
  }
}

/** Row indices of each segment, by a counting sort (one pass, no per-row arrays). */
function groupRows(labels: ArrayLike<number>, k: number, n: number): Int32Array[] {
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new SegmentationError("INVALID_INPUT", `label ${label} of row ${i} is outside 0..${k - 1}`);
    }
    sizes[label]++;
  }
  const groups = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(k);
  for (let i = 0; i < n; i++) groups[labels[i]][filled[labels[i]]++] = i;
  return groups;
}

function describeAll(
  columns: readonly CategoricalColumn[],
  rows: Int32Array,
): Record<string, CategoricalSummary> {
  const out: Record<string, CategoricalSummary> = {};
  for (const column of columns) out[column.name] = describeCategorical(column.values, rows);
  return out;
}
