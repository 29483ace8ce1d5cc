import { SegmentationError } from "../errors";
import { selectRows, type DenseMatrix } from "../matrix";
import { SeededRandom } from "../random";
import { countClusters, nonEmptyClusterCount } from "./cluster-labels";

export interface SilhouetteOptions {
  /** Above this many rows the score is computed on a seeded random sample of this size. Default 3000. */
  sampleSize?: number;
  seed?: number;
}

export const SILHOUETTE_DEFAULT_SAMPLE_SIZE = 3000;

/**
 * Mean silhouette (Euclidean), as scikit-learn's silhouette_score: a row in a cluster of one scores 0.
 * Exact up to `sampleSize` rows; beyond, on a seeded sample (O(m²·cols) either way).
 */
export function silhouetteScore(
  matrix: DenseMatrix,
  labels: ArrayLike<number>,
  options: SilhouetteOptions = {},
): number {
  countClusters(matrix, labels, "silhouette");
  const sampleSize = options.sampleSize ?? SILHOUETTE_DEFAULT_SAMPLE_SIZE;
  if (!Number.isInteger(sampleSize) || sampleSize < 2) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `silhouette sampleSize must be an integer ≥ 2, got ${sampleSize}`,
    );
  }
  if (matrix.rows <= sampleSize) return exactSilhouette(matrix, labels);
  const indices = sampleIndices(matrix.rows, sampleSize, options.seed ?? 0);
  const sampledLabels = Int32Array.from(indices, (index) => labels[index]);
  return exactSilhouette(selectRows(matrix, indices), sampledLabels);
}

function exactSilhouette(matrix: DenseMatrix, labels: ArrayLike<number>): number {
  const { rows, cols, data } = matrix;
  const k = countClusters(matrix, labels, "silhouette");
  const sizes = new Int32Array(k);
  for (let i = 0; i < rows; i++) sizes[labels[i]]++;
  const clusters = nonEmptyClusterCount(sizes);
  if (clusters < 2 || clusters > rows - 1) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `silhouette needs between 2 and ${rows - 1} clusters, got ${clusters}`,
    );
  }
  // distanceSums[i * k + c]: summed distance from row i to the rows of cluster c; each pair once.
  const distanceSums = new Float64Array(rows * k);
  for (let i = 0; i < rows; i++) {
    const oi = i * cols;
    const li = labels[i];
    for (let r = i + 1; r < rows; r++) {
      const or = r * cols;
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[oi + j] - data[or + j];
        sum += diff * diff;
      }
      const distance = Math.sqrt(sum);
      distanceSums[i * k + labels[r]] += distance;
      distanceSums[r * k + li] += distance;
    }
  }
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const own = labels[i];
    if (sizes[own] < 2) continue;
    const within = distanceSums[i * k + own] / (sizes[own] - 1);
    let nearest = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === own || sizes[c] === 0) continue;
      const between = distanceSums[i * k + c] / sizes[c];
      if (between < nearest) nearest = between;
    }
    const larger = Math.max(within, nearest);
    total += larger > 0 ? (nearest - within) / larger : 0;
  }
  return total / rows;
}

function sampleIndices(rows: number, size: number, seed: number): Int32Array {
  const random = new SeededRandom(seed);
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  for (let s = 0; s < size; s++) {
    const pick = s + random.nextInt(rows - s);
    const swap = order[pick];
    order[pick] = order[s];
    order[s] = swap;
  }
  return order.slice(0, size);
}
