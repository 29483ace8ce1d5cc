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
  /** Columns taken through log(1 + x) before centring (absent: none, as in models saved before it existed). */
  log?: boolean[];
}

export interface ScalerFitOptions {
  /** Per column: take log(1 + x) first (for non-negative, heavy-tailed columns; see chooseLogColumns). */
  log?: readonly boolean[];
}

/**
 * Column scaling fitted on one data set and applied to new rows:
 * standard = z-score with the population standard deviation (as scikit-learn's StandardScaler),
 * minmax = to [0, 1], robust = (x - median) / IQR, none = identity. Columns marked `log` are taken
 * through log(1 + x) first (values below 0 count as 0), and back through exp(x) - 1 by the inverse.
 */
export class Scaler {
  private constructor(
    readonly method: ScalingMethod,
    readonly center: Float64Array,
    readonly scale: Float64Array,
    readonly log: readonly boolean[],
  ) {}

  static fit(source: DenseMatrix, method: ScalingMethod, options: ScalerFitOptions = {}): Scaler {
    const log = Array.from({ length: source.cols }, (_, j) => options.log?.[j] === true);
    if (options.log && options.log.length !== source.cols) {
      throw new SegmentationError(
        "INVALID_OPTION",
        `log lists ${options.log.length} columns for a matrix of ${source.cols}`,
      );
    }
    const matrix = log.includes(true) ? applyLog(source, log) : source;
    const { rows, cols, data } = matrix;
    if (rows === 0) throw new SegmentationError("TOO_FEW_ROWS", "cannot fit a scaler on zero rows");
    const center = new Float64Array(cols);
    const scale = new Float64Array(cols).fill(1);
    if (method === "none") return new Scaler(method, center, scale, log);
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
    return new Scaler(method, center, scale, log);
  }

  /** True when transform changes nothing (method none, no log column). */
  get isIdentity(): boolean {
    return this.method === "none" && !this.log.includes(true);
  }

  transform(matrix: DenseMatrix): DenseMatrix {
    this.checkWidth(matrix);
    const out = createMatrix(matrix.rows, matrix.cols);
    const { cols } = matrix;
    const log = this.log;
    for (let o = 0; o < matrix.data.length; o += cols) {
      for (let j = 0; j < cols; j++) {
        const value = log[j] ? logOf(matrix.data[o + j]) : matrix.data[o + j];
        out.data[o + j] = (value - this.center[j]) / this.scale[j];
      }
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
      const value = matrix.data[i] * this.scale[j] + this.center[j];
      out.data[i] = this.log[j] ? Math.expm1(value) : value;
    }
    return out;
  }

  toJSON(): ScalerJSON {
    return {
      kind: "scaler",
      method: this.method,
      center: Array.from(this.center),
      scale: Array.from(this.scale),
      ...(this.log.includes(true) ? { log: [...this.log] } : {}),
    };
  }

  static fromJSON(json: ScalerJSON): Scaler {
    if (
      json?.kind !== "scaler" ||
      json.center.length !== json.scale.length ||
      (json.log !== undefined && json.log.length !== json.center.length)
    ) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised scaler");
    }
    const log = json.log ?? json.center.map(() => false);
    return new Scaler(json.method, Float64Array.from(json.center), Float64Array.from(json.scale), log);
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

/** log(1 + x), with values below 0 (outside what a log column was fitted on) counted as 0. */
function logOf(value: number): number {
  return Math.log1p(value < 0 ? 0 : value);
}

function applyLog(matrix: DenseMatrix, log: readonly boolean[]): DenseMatrix {
  const out = createMatrix(matrix.rows, matrix.cols);
  const { cols } = matrix;
  for (let i = 0; i < matrix.data.length; i++) {
    out.data[i] = log[i % cols] ? logOf(matrix.data[i]) : matrix.data[i];
  }
  return out;
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
