import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";

/** Checks labels against the data and returns k = 1 + the largest label. */
export function countClusters(matrix: DenseMatrix, labels: ArrayLike<number>, metric: string): number {
  if (labels.length !== matrix.rows) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `${metric}: ${labels.length} labels for ${matrix.rows} rows`,
    );
  }
  let k = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0) {
      throw new SegmentationError("INVALID_INPUT", `${metric}: label of row ${i} must be an integer ≥ 0`);
    }
    if (label + 1 > k) k = label + 1;
  }
  return k;
}

/** Per-cluster sizes and means (k × cols). */
export function clusterMeans(
  matrix: DenseMatrix,
  labels: ArrayLike<number>,
  k: number,
): { sizes: Int32Array; means: Float64Array } {
  const { rows, cols, data } = matrix;
  const sizes = new Int32Array(k);
  const means = new Float64Array(k * cols);
  for (let i = 0; i < rows; i++) {
    const c = labels[i];
    sizes[c]++;
    for (let j = 0; j < cols; j++) means[c * cols + j] += data[i * cols + j];
  }
  for (let c = 0; c < k; c++) {
    if (sizes[c] > 0) for (let j = 0; j < cols; j++) means[c * cols + j] /= sizes[c];
  }
  return { sizes, means };
}

export function nonEmptyClusterCount(sizes: Int32Array): number {
  let count = 0;
  for (const size of sizes) if (size > 0) count++;
  return count;
}
