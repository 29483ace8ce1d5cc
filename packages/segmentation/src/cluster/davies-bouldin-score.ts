import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { clusterMeans, countClusters, nonEmptyClusterCount } from "./cluster-labels";

/**
 * Davies–Bouldin index (mean over clusters of the worst ratio of summed spreads to centroid
 * distance; lower is better), as scikit-learn's davies_bouldin_score.
 */
export function daviesBouldinScore(matrix: DenseMatrix, labels: ArrayLike<number>): number {
  const k = countClusters(matrix, labels, "Davies-Bouldin");
  const { rows, cols, data } = matrix;
  const { sizes, means } = clusterMeans(matrix, labels, k);
  const clusters = nonEmptyClusterCount(sizes);
  if (clusters < 2 || clusters > rows - 1) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `Davies-Bouldin needs between 2 and ${rows - 1} clusters, got ${clusters}`,
    );
  }
  const spread = new Float64Array(k);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += (data[i * cols + j] - means[labels[i] * cols + j]) ** 2;
    spread[labels[i]] += Math.sqrt(sum);
  }
  let anySpread = false;
  for (let c = 0; c < k; c++) {
    if (sizes[c] > 0) spread[c] /= sizes[c];
    if (spread[c] > 0) anySpread = true;
  }
  if (!anySpread) return 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    if (sizes[a] === 0) continue;
    let worst = 0;
    for (let b = 0; b < k; b++) {
      if (b === a || sizes[b] === 0) continue;
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += (means[a * cols + j] - means[b * cols + j]) ** 2;
      // Coinciding centroids count as infinitely far apart, as in scikit-learn.
      const ratio = sum === 0 ? 0 : (spread[a] + spread[b]) / Math.sqrt(sum);
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  return total / clusters;
}
