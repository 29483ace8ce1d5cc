import { SegmentationError } from "../errors";
import { createMatrix, type DenseMatrix } from "../matrix";

export type ScalingMethod = "standard" | "minmax" | "robust" | "none";

export interface ScalerJSON {
  kind: "scaler";
  method: ScalingMethod;
  /** Subtracted from each column. */
  center: number[];
  /** Each centred column is divided by this (never 0: constant columns keep scale 1). */
  scale: number[];
}

/**
 * Column scaling fitted on one data set and applied to new rows:
 * standard = z-score with the population standard deviation (as scikit-learn's StandardScaler),
 * minmax = to [0, 1], robust = (x - median) / IQR, none = identity.
 */
export class Scaler {
  private constructor(
    readonly method: ScalingMethod,
    readonly center: Float64Array,
    readonly scale: Float64Array,
  ) {}

  static fit(matrix: DenseMatrix, method: ScalingMethod): Scaler {
    const { rows, cols, data } = matrix;
    if (rows === 0) throw new SegmentationError("TOO_FEW_ROWS", "cannot fit a scaler on zero rows");
    const center = new Float64Array(cols);
    const scale = new Float64Array(cols).fill(1);
    if (method === "none") return new Scaler(method, center, scale);
    for (let j = 0; j < cols; j++) {
      if (method === "standard") {
        let sum = 0;
        for (let i = 0; i < rows; i++) sum += data[i * cols + j];
        const mean = sum / rows;
        let squares = 0;
        for (let i = 0; i < rows; i++) {
          const d = data[i * cols + j] - mean;
          squares += d * d;
        }
        center[j] = mean;
        scale[j] = nonZero(Math.sqrt(squares / rows));
      } else if (method === "minmax") {
        let min = Infinity;
        let max = -Infinity;
        for (let i = 0; i < rows; i++) {
          const v = data[i * cols + j];
          if (v < min) min = v;
          if (v > max) max = v;
        }
        center[j] = min;
        scale[j] = nonZero(max - min);
      } else if (method === "robust") {
        const column = new Float64Array(rows);
        for (let i = 0; i < rows; i++) column[i] = data[i * cols + j];
        column.sort();
        center[j] = quantileOfSorted(column, 0.5);
        scale[j] = nonZero(quantileOfSorted(column, 0.75) - quantileOfSorted(column, 0.25));
      } else {
        throw new SegmentationError("INVALID_OPTION", `unknown scaling method "${String(method)}"`);
      }
    }
    return new Scaler(method, center, scale);
  }

  transform(matrix: DenseMatrix): DenseMatrix {
    this.checkWidth(matrix);
    const out = createMatrix(matrix.rows, matrix.cols);
    const { cols } = matrix;
    for (let o = 0; o < matrix.data.length; o += cols) {
      for (let j = 0; j < cols; j++) out.data[o + j] = (matrix.data[o + j] - this.center[j]) / this.scale[j];
    }
    return out;
  }

  /** Back to original units (e.g. centroids). */
  inverseTransform(matrix: DenseMatrix): DenseMatrix {
    this.checkWidth(matrix);
    const out = createMatrix(matrix.rows, matrix.cols);
    const { cols } = matrix;
    for (let i = 0; i < matrix.data.length; i++) {
      const j = i % cols;
      out.data[i] = matrix.data[i] * this.scale[j] + this.center[j];
    }
    return out;
  }

  toJSON(): ScalerJSON {
    return {
      kind: "scaler",
      method: this.method,
      center: Array.from(this.center),
      scale: Array.from(this.scale),
    };
  }

  static fromJSON(json: ScalerJSON): Scaler {
    if (json?.kind !== "scaler" || json.center.length !== json.scale.length) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised scaler");
    }
    return new Scaler(json.method, Float64Array.from(json.center), Float64Array.from(json.scale));
  }

  private checkWidth(matrix: DenseMatrix): void {
    if (matrix.cols !== this.center.length) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `scaler was fitted on ${this.center.length} columns, got ${matrix.cols}`,
      );
    }
  }
}

function nonZero(value: number): number {
  return value > 1e-12 ? value : 1;
}

/** Linear-interpolated quantile (numpy's default) of an ascending array. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}
