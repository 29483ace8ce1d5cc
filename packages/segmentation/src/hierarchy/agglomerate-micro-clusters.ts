import { kmeans } from "../cluster";
import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { agglomerate, MAX_AGGLOMERATIVE_POINTS } from "./agglomerate";
import type { Dendrogram } from "./dendrogram";
import type { Linkage } from "./linkage";

export interface MicroClusterOptions {
  linkage?: Linkage;
  /** k-means clusters summarising the data before agglomeration (default 200, at most 5,000). */
  microClusters?: number;
  /** k-means restarts for the micro-clusters (default 1: their exact placement hardly matters). */
  restarts?: number;
  seed?: number;
  /** Share of the merges done; may throw (e.g. to cancel a run). */
  onProgress?: (fraction: number) => void;
}

export interface MicroClusterHierarchy {
  /** Tree over the micro-clusters (its leaves), weighted by their sizes. */
  dendrogram: Dendrogram;
  /** Micro-cluster (leaf) of each input row. */
  microLabels: Int32Array;
  /** Micro-cluster centroids, in the input space. */
  microCentroids: DenseMatrix;
  microSizes: Int32Array;
  /** Flat clusters of the input rows: cut the tree into k and map each row through its leaf. */
  cutRows(k: number): Int32Array;
}

/**
 * Hierarchical clustering for data too large for the O(n²) pairwise matrix: k-means compresses the
 * rows into micro-clusters, and weighted Ward (or average/complete on centroids) builds the tree on
 * them. Rows of one micro-cluster always stay together.
 */
export function agglomerateMicroClusters(
  matrix: DenseMatrix,
  options: MicroClusterOptions = {},
): MicroClusterHierarchy {
  const wanted = options.microClusters ?? 200;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_AGGLOMERATIVE_POINTS) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `microClusters must be an integer in 1..${MAX_AGGLOMERATIVE_POINTS}, got ${wanted}`,
    );
  }
  const k = Math.min(wanted, matrix.rows);
  const fitted = kmeans(matrix, { k, restarts: options.restarts ?? 1, seed: options.seed ?? 0 });
  // An empty micro-cluster would have weight 0: keep only the occupied ones as leaves.
  const leafOf = new Int32Array(k).fill(-1);
  const occupied: number[] = [];
  for (let c = 0; c < k; c++) {
    if (fitted.sizes[c] > 0) {
      leafOf[c] = occupied.length;
      occupied.push(c);
    }
  }
  const cols = matrix.cols;
  const centroids: DenseMatrix = {
    rows: occupied.length,
    cols,
    data: new Float64Array(occupied.length * cols),
  };
  occupied.forEach((c, leaf) =>
    centroids.data.set(fitted.centroids.data.subarray(c * cols, (c + 1) * cols), leaf * cols),
  );
  const sizes = Int32Array.from(occupied, (c) => fitted.sizes[c]);
  const microLabels = fitted.labels.map((c) => leafOf[c]);
  const dendrogram = agglomerate(centroids, {
    linkage: options.linkage ?? "ward",
    weights: sizes,
    onProgress: options.onProgress,
  });
  return {
    dendrogram,
    microLabels,
    microCentroids: centroids,
    microSizes: sizes,
    cutRows(clusters: number): Int32Array {
      const leafLabels = dendrogram.cutTree(clusters);
      return microLabels.map((leaf) => leafLabels[leaf]);
    },
  };
}
