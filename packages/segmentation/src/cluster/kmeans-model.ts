import { SegmentationError } from "../errors";
import { createMatrix, matrixFromRows, matrixToRows, type DenseMatrix } from "../matrix";

export interface KMeansModelJSON {
  kind: "kmeans";
  /** One row per cluster, in the space the model was fitted in (scaled if the data was scaled). */
  centroids: number[][];
}

/** Fitted k-means centroids; assigns new points to the nearest one. */
export class KMeansModel {
  constructor(readonly centroids: DenseMatrix) {
    if (centroids.rows < 1 || centroids.cols < 1) {
      throw new SegmentationError(
        "INVALID_MODEL",
        "a k-means model needs at least one centroid with one column",
      );
    }
  }

  get k(): number {
    return this.centroids.rows;
  }

  /** Label (0..k-1) of the nearest centroid for each row; ties go to the lower label. */
  predict(matrix: DenseMatrix): Int32Array {
    const { rows, cols, data } = matrix;
    const centres = this.centroids.data;
    const k = this.centroids.rows;
    if (cols !== this.centroids.cols) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `the model was fitted on ${this.centroids.cols} columns but the data has ${cols}`,
      );
    }
    const labels = new Int32Array(rows);
    for (let i = 0, o = 0; i < rows; i++, o += cols) {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0, co = 0; c < k; c++, co += cols) {
        let sum = 0;
        for (let j = 0; j < cols; j++) {
          const diff = data[o + j] - centres[co + j];
          sum += diff * diff;
        }
        if (sum < bestDistance) {
          bestDistance = sum;
          best = c;
        }
      }
      if (!Number.isFinite(bestDistance)) {
        throw new SegmentationError("NON_NUMERIC_VALUE", `row ${i} has a value that is not a finite number`);
      }
      labels[i] = best;
    }
    return labels;
  }

  toJSON(): KMeansModelJSON {
    return { kind: "kmeans", centroids: matrixToRows(this.centroids) };
  }

  static fromJSON(json: unknown): KMeansModel {
    const candidate = json as Partial<KMeansModelJSON> | null;
    if (typeof candidate !== "object" || candidate === null || candidate.kind !== "kmeans") {
      throw new SegmentationError(
        "INVALID_MODEL",
        'not a k-means model: expected an object with kind "kmeans"',
      );
    }
    const rows = candidate.centroids;
    if (
      !Array.isArray(rows) ||
      rows.length === 0 ||
      !rows.every((row) => Array.isArray(row) && row.length > 0)
    ) {
      throw new SegmentationError(
        "INVALID_MODEL",
        "k-means model centroids must be a non-empty array of number arrays",
      );
    }
    try {
      return new KMeansModel(matrixFromRows(rows));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SegmentationError("INVALID_MODEL", `k-means model centroids are invalid: ${reason}`);
    }
  }
}

/** Copies k × cols row-major centres into a matrix. */
export function centresToMatrix(centres: Float64Array, cols: number): DenseMatrix {
  const matrix = createMatrix(centres.length / cols, cols);
  matrix.data.set(centres);
  return matrix;
}
