import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { clusterMeans, countClusters, nonEmptyClusterCount } from "./cluster-labels";

/**
 * Calinski–Harabasz index (between-cluster over within-cluster dispersion, each per degree of
 * freedom; higher is better), as scikit-learn's calinski_harabasz_score.
 */
export function calinskiHarabaszScore(matrix: DenseMatrix, labels: ArrayLike<number>): number {
  const k = countClusters(matrix, labels, "Calinski-Harabasz");
  const { rows, cols, data } = matrix;
  const { sizes, means } = clusterMeans(matrix, labels, k);
  const clusters = nonEmptyClusterCount(sizes);
  if (clusters < 2 || clusters > rows - 1) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `Calinski-Harabasz needs between 2 and ${rows - 1} clusters, got ${clusters}`,
    );
  }
  const overall = new Float64Array(cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) overall[j] += data[i * cols + j];
  for (let j = 0; j < cols; j++) overall[j] /= rows;
  let between = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < cols; j++) between += sizes[c] * (means[c * cols + j] - overall[j]) ** 2;
  }
  let within = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) within += (data[i * cols + j] - means[labels[i] * cols + j]) ** 2;
  }
  if (within === 0) return 1;
  return (between * (rows - clusters)) / (within * (clusters - 1));
}
