import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { Scaler, type ScalerJSON } from "../preprocess";
import { argmaxRows, type Classifier } from "./classifier";
import { checkTrainingData } from "./check-training-data";
import { minimizeLbfgs } from "./minimize-lbfgs";

export interface LogisticRegressionOptions {
  /** Inverse L2 strength (as scikit-learn's C): minimises C·Σ log-loss + ½‖W‖², bias not penalised. Default 1. */
  c?: number;
  maxIterations?: number;
  /** Gradient tolerance of the per-row objective. Default 1e-6. */
  tolerance?: number;
}

export interface LogisticRegressionJSON {
  kind: "logistic";
  scaler: ScalerJSON;
  classCount: number;
  /** Two classes: one row (log-odds of class 1). More: one row per class (softmax). Each row: weights then bias. */
  weights: number[][];
}

/**
 * L2-regularised logistic regression on standardised features, fitted by L-BFGS: a sigmoid for two
 * classes, a multinomial softmax for more (scikit-learn's default with the lbfgs solver).
 */
export class LogisticRegression implements Classifier {
  readonly kind = "logistic";

  private constructor(
    private readonly scaler: Scaler,
    readonly classCount: number,
    private readonly weights: Float64Array[],
  ) {}

  static fit(
    x: DenseMatrix,
    y: ArrayLike<number>,
    options: LogisticRegressionOptions = {},
  ): LogisticRegression {
    const c = options.c ?? 1;
    if (!(c > 0)) throw new SegmentationError("INVALID_OPTION", `c must be > 0, got ${c}`);
    const classCount = checkTrainingData(x, y);
    const scaler = Scaler.fit(x, "standard");
    const { rows: n, cols: d, data } = scaler.transform(x);
    const outputs = classCount === 2 ? 1 : classCount;
    const width = d + 1;
    const penalty = 1 / (c * n);
    const logits = new Float64Array(outputs);
    const objective = (w: Float64Array, gradient: Float64Array): number => {
      gradient.fill(0);
      let loss = 0;
      for (let i = 0; i < n; i++) {
        const offset = i * d;
        for (let o = 0; o < outputs; o++) {
          let z = w[o * width + d];
          for (let j = 0; j < d; j++) z += w[o * width + j] * data[offset + j];
          logits[o] = z;
        }
        if (outputs === 1) {
          const target = y[i] === 1 ? 1 : 0;
          const z = logits[0];
          // log(1 + e^z) − target·z, computed without overflow.
          loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - target * z;
          logits[0] = 1 / (1 + Math.exp(-z)) - target;
        } else {
          let max = -Infinity;
          for (let o = 0; o < outputs; o++) max = Math.max(max, logits[o]);
          let sum = 0;
          for (let o = 0; o < outputs; o++) sum += Math.exp(logits[o] - max);
          loss += max + Math.log(sum) - logits[y[i]];
          for (let o = 0; o < outputs; o++)
            logits[o] = Math.exp(logits[o] - max) / sum - (y[i] === o ? 1 : 0);
        }
        for (let o = 0; o < outputs; o++) {
          const residual = logits[o];
          for (let j = 0; j < d; j++) gradient[o * width + j] += residual * data[offset + j];
          gradient[o * width + d] += residual;
        }
      }
      let squares = 0;
      for (let o = 0; o < outputs; o++) {
        for (let j = 0; j < d; j++) {
          const weight = w[o * width + j];
          squares += weight * weight;
          gradient[o * width + j] = gradient[o * width + j] / n + penalty * weight;
        }
        gradient[o * width + d] /= n;
      }
      return loss / n + 0.5 * penalty * squares;
    };
    const { point } = minimizeLbfgs(objective, new Float64Array(outputs * width), {
      maxIterations: options.maxIterations ?? 1000,
      gradientTolerance: options.tolerance ?? 1e-6,
    });
    const weights = Array.from({ length: outputs }, (_, o) => point.slice(o * width, (o + 1) * width));
    return new LogisticRegression(scaler, classCount, weights);
  }

  /** Class probabilities, rows × classCount. */
  scores(x: DenseMatrix): Float64Array {
    const { rows, cols: d, data } = this.scaler.transform(x);
    const k = this.classCount;
    const out = new Float64Array(rows * k);
    for (let i = 0; i < rows; i++) {
      const z = this.weights.map((w) => {
        let sum = w[d];
        for (let j = 0; j < d; j++) sum += w[j] * data[i * d + j];
        return sum;
      });
      if (k === 2) {
        const p = 1 / (1 + Math.exp(-z[0]));
        out[i * 2] = 1 - p;
        out[i * 2 + 1] = p;
      } else {
        const max = Math.max(...z);
        const exps = z.map((value) => Math.exp(value - max));
        const sum = exps.reduce((a, b) => a + b, 0);
        for (let c = 0; c < k; c++) out[i * k + c] = exps[c] / sum;
      }
    }
    return out;
  }

  predict(x: DenseMatrix): Int32Array {
    return argmaxRows(this.scores(x), x.rows, this.classCount);
  }

  toJSON(): LogisticRegressionJSON {
    return {
      kind: "logistic",
      scaler: this.scaler.toJSON(),
      classCount: this.classCount,
      weights: this.weights.map((w) => Array.from(w)),
    };
  }

  static fromJSON(json: LogisticRegressionJSON): LogisticRegression {
    if (json?.kind !== "logistic" || !Array.isArray(json.weights)) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised logistic regression");
    }
    return new LogisticRegression(
      Scaler.fromJSON(json.scaler),
      json.classCount,
      json.weights.map((w) => Float64Array.from(w)),
    );
  }
}
