import { SegmentationError } from "../errors";
import { selectRows, type DenseMatrix } from "../matrix";
import { SeededRandom } from "../random";
import type { Pca } from "./pca";

export interface PlotPoint {
  /** Row of the customer in the input. */
  index: number;
  x: number;
  y: number;
  segment: number;
}

export interface PlotCentroid {
  segment: number;
  x: number;
  y: number;
}

export interface ScatterProjection {
  explainedVarianceRatio: number[];
  /** At most `maxPoints` customers, a seeded uniform sample in input order. */
  points: PlotPoint[];
  centroids: PlotCentroid[];
}

export interface ProjectForPlotOptions {
  /** A 2-component PCA fitted in the same space as `matrix` and `centroids`. */
  pca: Pca;
  matrix: DenseMatrix;
  labels: ArrayLike<number>;
  centroids: DenseMatrix;
  /** Default 5,000: more points do not make a scatter plot more readable, only heavier. */
  maxPoints?: number;
  seed?: number;
}

/** 2-D coordinates of (a sample of) customers and of the centroids for a scatter plot. */
export function projectForPlot(options: ProjectForPlotOptions): ScatterProjection {
  const { pca, matrix, labels, centroids } = options;
  const maxPoints = options.maxPoints ?? 5000;
  if (pca.components.length < 2)
    throw new SegmentationError("INVALID_MODEL", "a scatter plot needs a 2-component PCA");
  if (labels.length !== matrix.rows) {
    throw new SegmentationError("INVALID_INPUT", `${labels.length} labels for ${matrix.rows} rows`);
  }
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new SegmentationError("INVALID_OPTION", `maxPoints must be a positive integer, got ${maxPoints}`);
  }
  const indices = sampleIndices(matrix.rows, maxPoints, options.seed ?? 0);
  const projected = pca.transform(selectRows(matrix, indices));
  const m = projected.cols;
  const points = Array.from(indices, (index, r) => ({
    index,
    x: projected.data[r * m],
    y: projected.data[r * m + 1],
    segment: labels[index],
  }));
  const centres = pca.transform(centroids);
  return {
    explainedVarianceRatio: pca.explainedVarianceRatio.slice(0, 2),
    points,
    centroids: Array.from({ length: centroids.rows }, (_, s) => ({
      segment: s,
      x: centres.data[s * m],
      y: centres.data[s * m + 1],
    })),
  };
}

function sampleIndices(n: number, max: number, seed: number): Int32Array {
  if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
  return new SeededRandom(seed).permutation(n).subarray(0, max).sort();
}
