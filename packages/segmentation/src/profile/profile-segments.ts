import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { describeCategorical, type CategoricalSummary } from "./describe-categorical";
import { describeSorted, edgesBetween, mergeSorted, type NumericSummary } from "./describe-numeric";
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
  for (let j = 0; j < features.cols; j++) {
    const name = featureNames[j];
    // Sort each segment's values once; the overall column is their merge (no second full sort).
    const parts = members.map((rows) => gather(features, j, rows).sort());
    const column = mergeSorted(parts);
    edges[name] = n === 0 ? [0, 1] : edgesBetween(column[0], column[n - 1], bins);
    overallNumeric[name] = describeSorted(column, edges[name]);
    parts.forEach((part, s) => {
      segmentNumeric[s][name] = describeSorted(part, edges[name]);
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

function gather(features: DenseMatrix, j: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = features.data[rows[r] * features.cols + j];
  return out;
}

function describeAll(
  columns: readonly CategoricalColumn[],
  rows: Int32Array,
): Record<string, CategoricalSummary> {
  const out: Record<string, CategoricalSummary> = {};
  for (const column of columns) out[column.name] = describeCategorical(column.values, rows);
  return out;
}
