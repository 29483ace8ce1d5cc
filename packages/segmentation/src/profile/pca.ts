import { SegmentationError } from "../errors";
import { createMatrix, type DenseMatrix } from "../matrix";
import { symmetricEigen } from "./symmetric-eigen";

export interface PcaJSON {
  kind: "pca";
  mean: number[];
  /** One unit vector per component, each of length d. */
  components: number[][];
  /** Variance along each component (sample covariance, n − 1, as scikit-learn). */
  explainedVariance: number[];
  /** Share of the total variance along each component. */
  explainedVarianceRatio: number[];
}

/**
 * Principal component analysis by eigen-decomposition of the d×d covariance matrix: one pass over
 * the rows builds it, so it costs O(n·d²) time and O(d²) memory whatever n is.
 * Signs are fixed so each component's largest-magnitude loading is positive: deterministic,
 * though it may differ from scikit-learn's SVD sign choice (projections then differ by a sign).
 */
export class Pca {
  private constructor(
    readonly mean: Float64Array,
    readonly components: Float64Array[],
    readonly explainedVariance: number[],
    readonly explainedVarianceRatio: number[],
  ) {}

  static fit(matrix: DenseMatrix, components = 2): Pca {
    const { rows: n, cols: d, data } = matrix;
    if (n < 2) throw new SegmentationError("TOO_FEW_ROWS", `PCA needs at least 2 rows, got ${n}`);
    if (!Number.isInteger(components) || components < 1 || components > d) {
      throw new SegmentationError("INVALID_OPTION", `PCA components must be in 1..${d}, got ${components}`);
    }
    const mean = new Float64Array(d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
    for (let j = 0; j < d; j++) mean[j] /= n;
    const covariance = new Float64Array(d * d);
    const centred = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) centred[j] = data[i * d + j] - mean[j];
      for (let p = 0; p < d; p++) {
        const cp = centred[p];
        for (let q = p; q < d; q++) covariance[p * d + q] += cp * centred[q];
      }
    }
    for (let p = 0; p < d; p++) {
      for (let q = p; q < d; q++) {
        covariance[p * d + q] /= n - 1;
        covariance[q * d + p] = covariance[p * d + q];
      }
    }
    const { values, vectors } = symmetricEigen(covariance, d);
    // Tiny negative eigenvalues are rounding noise of a positive semi-definite matrix.
    const variances = values.map((value) => Math.max(0, value));
    const total = variances.reduce((s, value) => s + value, 0);
    const kept = vectors.slice(0, components).map((vector) => Float64Array.from(orientSign(vector)));
    return new Pca(
      mean,
      kept,
      variances.slice(0, components),
      variances.slice(0, components).map((value) => (total > 0 ? value / total : 0)),
    );
  }

  get dimensions(): number {
    return this.mean.length;
  }

  /** Coordinates of each row on the components: (x − mean) · component. */
  transform(matrix: DenseMatrix): DenseMatrix {
    const d = this.mean.length;
    if (matrix.cols !== d) {
      throw new SegmentationError("INVALID_INPUT", `PCA was fitted on ${d} columns, got ${matrix.cols}`);
    }
    const m = this.components.length;
    const out = createMatrix(matrix.rows, m);
    for (let i = 0; i < matrix.rows; i++) {
      for (let c = 0; c < m; c++) {
        const component = this.components[c];
        let dot = 0;
        for (let j = 0; j < d; j++) dot += (matrix.data[i * d + j] - this.mean[j]) * component[j];
        out.data[i * m + c] = dot;
      }
    }
    return out;
  }

  toJSON(): PcaJSON {
    return {
      kind: "pca",
      mean: Array.from(this.mean),
      components: this.components.map((component) => Array.from(component)),
      explainedVariance: [...this.explainedVariance],
      explainedVarianceRatio: [...this.explainedVarianceRatio],
    };
  }

  static fromJSON(json: PcaJSON): Pca {
    const d = json?.mean?.length;
    if (
      json?.kind !== "pca" ||
      !d ||
      !Array.isArray(json.components) ||
      json.components.some((c) => c.length !== d)
    ) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised PCA model");
    }
    return new Pca(
      Float64Array.from(json.mean),
      json.components.map((component) => Float64Array.from(component)),
      [...json.explainedVariance],
      [...json.explainedVarianceRatio],
    );
  }
}

function orientSign(vector: number[]): number[] {
  let largest = 0;
  for (let j = 1; j < vector.length; j++) if (Math.abs(vector[j]) > Math.abs(vector[largest])) largest = j;
  return vector[largest] < 0 ? vector.map((value) => -value) : vector;
}
