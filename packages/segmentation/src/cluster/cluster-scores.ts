import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { clusterMeans, countClusters, nonEmptyClusterCount } from "./cluster-labels";

export interface ClusterScores {
  calinskiHarabasz: number;
  daviesBouldin: number;
}

/**
 * Calinski–Harabasz and Davies–Bouldin together, as calinskiHarabaszScore and daviesBouldinScore
 * give them (equal to rounding): one pass for the cluster means and one for both dispersions,
 * against five passes for the two apart. The K scan scores every K on every row, so at a million
 * rows the passes are what it costs. The overall mean is the size-weighted mean of the cluster means.
 */
export function clusterScores(matrix: DenseMatrix, labels: ArrayLike<number>): ClusterScores {
  const k = countClusters(matrix, labels, "cluster scores");
  const { rows, cols, data } = matrix;
  const { sizes, means } = clusterMeans(matrix, labels, k);
  const clusters = nonEmptyClusterCount(sizes);
  if (clusters < 2 || clusters > rows - 1) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `Calinski-Harabasz and Davies-Bouldin need between 2 and ${rows - 1} clusters, got ${clusters}`,
    );
  }
  let within = 0;
  const spread = new Float64Array(k);
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    const mo = labels[i] * cols;
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - means[mo + j];
      sum += diff * diff;
    }
    within += sum;
    spread[labels[i]] += Math.sqrt(sum);
  }
  return {
    calinskiHarabasz: calinskiHarabasz(sizes, means, cols, within, rows, clusters),
    daviesBouldin: daviesBouldin(sizes, means, cols, spread, clusters),
  };
}

function calinskiHarabasz(
  sizes: Int32Array,
  means: Float64Array,
  cols: number,
  within: number,
  rows: number,
  clusters: number,
): number {
  const overall = new Float64Array(cols);
  for (let c = 0; c < sizes.length; c++) {
    for (let j = 0; j < cols; j++) overall[j] += sizes[c] * means[c * cols + j];
  }
  for (let j = 0; j < cols; j++) overall[j] /= rows;
  let between = 0;
  for (let c = 0; c < sizes.length; c++) {
    for (let j = 0; j < cols; j++) between += sizes[c] * (means[c * cols + j] - overall[j]) ** 2;
  }
  if (within === 0) return 1;
  return (between * (rows - clusters)) / (within * (clusters - 1));
}

function daviesBouldin(
  sizes: Int32Array,
  means: Float64Array,
  cols: number,
  spread: Float64Array,
  clusters: number,
): number {
  const k = sizes.length;
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
