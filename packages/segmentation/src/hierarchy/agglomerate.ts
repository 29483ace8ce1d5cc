import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { Dendrogram, type Merge } from "./dendrogram";
import { lanceWilliams, LINKAGES, type Linkage } from "./linkage";

/** The pairwise matrix is n(n−1)/2 doubles: 5,000 points already take 100 MB. */
export const MAX_AGGLOMERATIVE_POINTS = 5000;

export interface AgglomerateOptions {
  linkage?: Linkage;
  /**
   * Weight of each point (e.g. the size of a k-means micro-cluster whose centroid the point is).
   * Ward is then exact for the union of the underlying points; average and complete treat each
   * micro-cluster as a point at its centroid (an approximation). Default: all 1.
   */
  weights?: ArrayLike<number>;
  /** Called with the share of merges done; may throw (e.g. to cancel). */
  onProgress?: (fraction: number) => void;
}

/**
 * Agglomerative clustering by the nearest-neighbour chain algorithm with Lance–Williams updates:
 * O(n²) time and memory, exact for Ward, average and complete linkage (all "reducible").
 * Follows scipy's implementation step by step (same tie rules), so the tree equals scipy's and
 * scikit-learn's AgglomerativeClustering, which calls it.
 */
export function agglomerate(matrix: DenseMatrix, options: AgglomerateOptions = {}): Dendrogram {
  const linkage = options.linkage ?? "ward";
  const { rows: n, cols: d, data } = matrix;
  validate(matrix, linkage, options.weights);
  if (n === 1) return new Dendrogram(linkage, 1, []);
  const size = new Float64Array(n);
  for (let i = 0; i < n; i++) size[i] = options.weights ? options.weights[i] : 1;

  const distances = new Float64Array((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let sum = 0;
      for (let c = 0; c < d; c++) {
        const diff = data[i * d + c] - data[j * d + c];
        sum += diff * diff;
      }
      let distance = Math.sqrt(sum);
      // Ward between weighted points: √(2·ΔSSE) = √(2·wi·wj/(wi+wj))·‖xi − xj‖ (1 for unit weights).
      if (linkage === "ward" && options.weights)
        distance *= Math.sqrt((2 * size[i] * size[j]) / (size[i] + size[j]));
      distances[condensedIndex(n, i, j)] = distance;
    }
  }

  const raw = nearestNeighbourChain(distances, size, n, linkage, options.onProgress);
  return new Dendrogram(linkage, n, relabel(raw, n));
}

function validate(matrix: DenseMatrix, linkage: Linkage, weights: ArrayLike<number> | undefined): void {
  if (!LINKAGES.includes(linkage)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `linkage must be one of ${LINKAGES.join(", ")}, got "${String(linkage)}"`,
    );
  }
  if (matrix.rows < 1)
    throw new SegmentationError("TOO_FEW_ROWS", "agglomerative clustering needs at least one point");
  if (matrix.rows > MAX_AGGLOMERATIVE_POINTS) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `agglomerative clustering is limited to ${MAX_AGGLOMERATIVE_POINTS} points (got ${matrix.rows}): use agglomerateMicroClusters`,
    );
  }
  for (let i = 0; i < matrix.data.length; i++) {
    if (!Number.isFinite(matrix.data[i])) {
      throw new SegmentationError(
        "NON_NUMERIC_VALUE",
        `row ${Math.floor(i / matrix.cols)} has a value that is not a finite number`,
      );
    }
  }
  if (weights) {
    if (weights.length !== matrix.rows) {
      throw new SegmentationError("INVALID_INPUT", `${weights.length} weights for ${matrix.rows} points`);
    }
    for (let i = 0; i < weights.length; i++) {
      if (!(weights[i] > 0 && Number.isFinite(weights[i]))) {
        throw new SegmentationError(
          "INVALID_INPUT",
          `weight ${i} must be a positive number, got ${weights[i]}`,
        );
      }
    }
  }
}

function condensedIndex(n: number, i: number, j: number): number {
  if (i > j) {
    const swap = i;
    i = j;
    j = swap;
  }
  return n * i - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Merges as [slot x, slot y, distance, size] in the order found (not sorted yet). */
function nearestNeighbourChain(
  distances: Float64Array,
  size: Float64Array,
  n: number,
  linkage: Linkage,
  onProgress: ((fraction: number) => void) | undefined,
): Float64Array {
  const merges = new Float64Array((n - 1) * 4);
  const chain = new Int32Array(n);
  let chainLength = 0;
  const progressEvery = Math.max(1, Math.floor(n / 20));
  for (let k = 0; k < n - 1; k++) {
    if (chainLength === 0) {
      for (let i = 0; i < n; i++) {
        if (size[i] > 0) {
          chain[chainLength++] = i;
          break;
        }
      }
    }
    let x = 0;
    let y = 0;
    let currentMin = Infinity;
    for (;;) {
      x = chain[chainLength - 1];
      // Prefer the previous chain element on ties, or the chain could cycle.
      if (chainLength > 1) {
        y = chain[chainLength - 2];
        currentMin = distances[condensedIndex(n, x, y)];
      } else {
        currentMin = Infinity;
      }
      for (let i = 0; i < n; i++) {
        if (size[i] === 0 || i === x) continue;
        const distance = distances[condensedIndex(n, x, i)];
        if (distance < currentMin) {
          currentMin = distance;
          y = i;
        }
      }
      if (chainLength > 1 && y === chain[chainLength - 2]) break;
      chain[chainLength++] = y;
    }
    chainLength -= 2;
    if (x > y) {
      const swap = x;
      x = y;
      y = swap;
    }
    const sizeX = size[x];
    const sizeY = size[y];
    merges.set([x, y, currentMin, sizeX + sizeY], k * 4);
    size[x] = 0;
    size[y] = sizeX + sizeY;
    for (let i = 0; i < n; i++) {
      const sizeI = size[i];
      if (sizeI === 0 || i === y) continue;
      const xi = condensedIndex(n, i, x);
      const yi = condensedIndex(n, i, y);
      distances[yi] = lanceWilliams(linkage, distances[xi], distances[yi], currentMin, sizeX, sizeY, sizeI);
    }
    if (onProgress && k % progressEvery === 0) onProgress(k / (n - 1));
  }
  return merges;
}

/** Sorts merges by distance (stable) and turns slot numbers into node ids, as scipy's `label`. */
function relabel(raw: Float64Array, n: number): Merge[] {
  const order = Array.from({ length: n - 1 }, (_, k) => k).sort(
    (a, b) => raw[a * 4 + 2] - raw[b * 4 + 2] || a - b,
  );
  const parent = new Int32Array(2 * n - 1);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  // Slot i's current node is find(i): slots start as leaves and each merge re-roots both slots.
  return order.map((k, m) => {
    const a = find(raw[k * 4]);
    const b = find(raw[k * 4 + 1]);
    const node = n + m;
    parent[a] = node;
    parent[b] = node;
    return { left: Math.min(a, b), right: Math.max(a, b), distance: raw[k * 4 + 2], size: raw[k * 4 + 3] };
  });
}
