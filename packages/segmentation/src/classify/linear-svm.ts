import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { Scaler, type ScalerJSON } from "../preprocess";
import { SeededRandom } from "../random";
import { argmaxRows, type Classifier } from "./classifier";
import { checkTrainingData } from "./check-training-data";

export interface LinearSvmOptions {
  /** Inverse regularisation strength (as scikit-learn's C). Default 1. */
  c?: number;
  /** "squared-hinge" (scikit-learn LinearSVC's default) or "hinge". Default "squared-hinge". */
  loss?: "squared-hinge" | "hinge";
  /** Stop when the spread of projected gradients is below this. Default 1e-4. */
  tolerance?: number;
  /** Passes over the data. Default 1000. */
  maxIterations?: number;
  /** Seeds the order in which coordinates are visited. Default 0. */
  seed?: number;
}

export interface LinearSvmJSON {
  kind: "svm";
  scaler: ScalerJSON;
  classCount: number;
  /** One row per binary problem (one for two classes, one per class otherwise): weights then bias. */
  weights: number[][];
}

const defaults: Required<LinearSvmOptions> = {
  c: 1,
  loss: "squared-hinge",
  tolerance: 1e-4,
  maxIterations: 1000,
  seed: 0,
};

/**
 * Linear SVM trained by dual coordinate descent (Hsieh et al. 2008, the liblinear solver behind
 * scikit-learn's LinearSVC), on standardised features, with the bias as an extra constant feature
 * (regularised, as liblinear does). More than two classes: one-vs-rest.
 */
export class LinearSvm implements Classifier {
  readonly kind = "svm";

  private constructor(
    private readonly scaler: Scaler,
    readonly classCount: number,
    private readonly weights: Float64Array[],
  ) {}

  static fit(x: DenseMatrix, y: ArrayLike<number>, options: LinearSvmOptions = {}): LinearSvm {
    const settings = { ...defaults, ...withoutUndefined(options) };
    if (!(settings.c > 0)) throw new SegmentationError("INVALID_OPTION", `c must be > 0, got ${settings.c}`);
    if (!(Number.isInteger(settings.maxIterations) && settings.maxIterations >= 1)) {
      throw new SegmentationError(
        "INVALID_OPTION",
        `maxIterations must be an integer ≥ 1, got ${settings.maxIterations}`,
      );
    }
    const classCount = checkTrainingData(x, y);
    const scaler = Scaler.fit(x, "standard");
    const scaled = scaler.transform(x);
    const random = new SeededRandom(settings.seed);
    const problems = classCount === 2 ? [1] : Array.from({ length: classCount }, (_, c) => c);
    const weights = problems.map((positive) => solveDual(scaled, y, positive, settings, random.fork()));
    return new LinearSvm(scaler, classCount, weights);
  }

  /** Signed distances: for two classes column 1 is f(x) and column 0 is −f(x). */
  scores(x: DenseMatrix): Float64Array {
    const scaled = this.scaler.transform(x);
    const k = this.classCount;
    const out = new Float64Array(x.rows * k);
    for (let i = 0; i < x.rows; i++) {
      const row = scaled.data.subarray(i * x.cols, (i + 1) * x.cols);
      if (k === 2) {
        const f = decision(this.weights[0], row);
        out[i * 2] = -f;
        out[i * 2 + 1] = f;
      } else {
        for (let c = 0; c < k; c++) out[i * k + c] = decision(this.weights[c], row);
      }
    }
    return out;
  }

  predict(x: DenseMatrix): Int32Array {
    return argmaxRows(this.scores(x), x.rows, this.classCount);
  }

  toJSON(): LinearSvmJSON {
    return {
      kind: "svm",
      scaler: this.scaler.toJSON(),
      classCount: this.classCount,
      weights: this.weights.map((w) => Array.from(w)),
    };
  }

  static fromJSON(json: LinearSvmJSON): LinearSvm {
    if (json?.kind !== "svm" || !Array.isArray(json.weights))
      throw new SegmentationError("INVALID_MODEL", "not a serialised linear SVM");
    return new LinearSvm(
      Scaler.fromJSON(json.scaler),
      json.classCount,
      json.weights.map((w) => Float64Array.from(w)),
    );
  }
}

function decision(w: Float64Array, row: Float64Array): number {
  const d = row.length;
  let sum = w[d];
  for (let j = 0; j < d; j++) sum += w[j] * row[j];
  return sum;
}

/** Dual CD for one binary problem (positive class vs the rest); returns weights with the bias last. */
function solveDual(
  x: DenseMatrix,
  y: ArrayLike<number>,
  positive: number,
  settings: Required<LinearSvmOptions>,
  random: SeededRandom,
): Float64Array {
  const { rows: n, cols: d, data } = x;
  const w = new Float64Array(d + 1);
  const alpha = new Float64Array(n);
  const squared = settings.loss === "squared-hinge";
  // Squared hinge: no upper bound, a 1/(2C) ridge on the diagonal. Hinge: box [0, C].
  const diagonal = squared ? 1 / (2 * settings.c) : 0;
  const upper = squared ? Infinity : settings.c;
  const qii = new Float64Array(n);
  const sign = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let norm = 1;
    for (let j = 0; j < d; j++) norm += data[i * d + j] ** 2;
    qii[i] = norm + diagonal;
    sign[i] = y[i] === positive ? 1 : -1;
  }
  for (let iteration = 0; iteration < settings.maxIterations; iteration++) {
    const order = random.permutation(n);
    let maxGradient = -Infinity;
    let minGradient = Infinity;
    for (let p = 0; p < n; p++) {
      const i = order[p];
      const offset = i * d;
      let margin = w[d];
      for (let j = 0; j < d; j++) margin += w[j] * data[offset + j];
      const gradient = sign[i] * margin - 1 + diagonal * alpha[i];
      let projected = gradient;
      if (alpha[i] === 0) projected = Math.min(gradient, 0);
      else if (alpha[i] === upper) projected = Math.max(gradient, 0);
      if (projected > maxGradient) maxGradient = projected;
      if (projected < minGradient) minGradient = projected;
      if (Math.abs(projected) > 1e-12) {
        const previous = alpha[i];
        alpha[i] = Math.min(Math.max(previous - gradient / qii[i], 0), upper);
        const step = (alpha[i] - previous) * sign[i];
        for (let j = 0; j < d; j++) w[j] += step * data[offset + j];
        w[d] += step;
      }
    }
    if (maxGradient - minGradient <= settings.tolerance) break;
  }
  return w;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
