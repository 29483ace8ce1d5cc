import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { Scaler, type ScalerJSON } from "../preprocess";
import { SeededRandom } from "../random";
import { argmaxRows, type Classifier } from "./classifier";
import { checkTrainingData } from "./check-training-data";

export interface MlpOptions {
  /** Hidden ReLU units. Default 100. */
  hiddenUnits?: number;
  /** Adam step size. Default 0.001. */
  learningRate?: number;
  /** L2 penalty on weights (as scikit-learn's alpha). Default 1e-4. */
  l2?: number;
  /** Rows per mini-batch. Default min(200, rows). */
  batchSize?: number;
  /** Epochs. Default 200. */
  maxEpochs?: number;
  /** Stop after 10 epochs without the training loss improving by this much. Default 1e-4. */
  tolerance?: number;
  /** Seeds the initial weights and the batch order. Default 0. */
  seed?: number;
}

export interface MlpJSON {
  kind: "mlp";
  scaler: ScalerJSON;
  classCount: number;
  hiddenUnits: number;
  /** inputs × hidden, row-major; then hidden biases; hidden × classes; class biases. */
  hiddenWeights: number[];
  hiddenBias: number[];
  outputWeights: number[];
  outputBias: number[];
}

const patience = 10;

/**
 * A one-hidden-layer perceptron (ReLU, softmax output, cross-entropy) on standardised features,
 * trained by mini-batch Adam with the defaults of scikit-learn's MLPClassifier: Glorot-uniform
 * initialisation, 100 hidden units, alpha = 1e-4, stop when the loss stalls for 10 epochs.
 */
export class MlpClassifier implements Classifier {
  readonly kind = "mlp";

  private constructor(
    private readonly scaler: Scaler,
    readonly classCount: number,
    private readonly hiddenUnits: number,
    private readonly w1: Float64Array,
    private readonly b1: Float64Array,
    private readonly w2: Float64Array,
    private readonly b2: Float64Array,
  ) {}

  static fit(x: DenseMatrix, y: ArrayLike<number>, options: MlpOptions = {}): MlpClassifier {
    const classCount = checkTrainingData(x, y);
    const hidden = options.hiddenUnits ?? 100;
    const learningRate = options.learningRate ?? 0.001;
    const l2 = options.l2 ?? 1e-4;
    const maxEpochs = options.maxEpochs ?? 200;
    const tolerance = options.tolerance ?? 1e-4;
    const batchSize = Math.min(options.batchSize ?? 200, x.rows);
    for (const [name, value] of [
      ["hiddenUnits", hidden],
      ["maxEpochs", maxEpochs],
      ["batchSize", batchSize],
    ] as const) {
      if (!(Number.isInteger(value) && value >= 1))
        throw new SegmentationError("INVALID_OPTION", `${name} must be an integer ≥ 1, got ${value}`);
    }
    if (!(learningRate > 0))
      throw new SegmentationError("INVALID_OPTION", `learningRate must be > 0, got ${learningRate}`);
    const scaler = Scaler.fit(x, "standard");
    const { rows: n, cols: d, data } = scaler.transform(x);
    const k = classCount;
    const random = new SeededRandom(options.seed ?? 0);
    const init = (fanIn: number, fanOut: number, size: number): Float64Array => {
      const bound = Math.sqrt(6 / (fanIn + fanOut));
      return Float64Array.from({ length: size }, () => (random.next() * 2 - 1) * bound);
    };
    const params = [
      init(d, hidden, d * hidden),
      init(d, hidden, hidden),
      init(hidden, k, hidden * k),
      init(hidden, k, k),
    ];
    const [w1, b1, w2, b2] = params;
    const grads = params.map((p) => new Float64Array(p.length));
    const [g1, gb1, g2, gb2] = grads;
    const moment1 = params.map((p) => new Float64Array(p.length));
    const moment2 = params.map((p) => new Float64Array(p.length));
    const activations = new Float64Array(batchSize * hidden);
    const outputs = new Float64Array(batchSize * k);
    const hiddenDelta = new Float64Array(hidden);
    let step = 0;
    let bestLoss = Infinity;
    let stalled = 0;
    for (let epoch = 0; epoch < maxEpochs; epoch++) {
      const order = random.permutation(n);
      let epochLoss = 0;
      for (let start = 0; start < n; start += batchSize) {
        const size = Math.min(batchSize, n - start);
        for (const g of grads) g.fill(0);
        let loss = 0;
        for (let r = 0; r < size; r++) {
          const offset = order[start + r] * d;
          for (let h = 0; h < hidden; h++) {
            let z = b1[h];
            for (let j = 0; j < d; j++) z += data[offset + j] * w1[j * hidden + h];
            activations[r * hidden + h] = z > 0 ? z : 0;
          }
          let max = -Infinity;
          for (let c = 0; c < k; c++) {
            let z = b2[c];
            for (let h = 0; h < hidden; h++) z += activations[r * hidden + h] * w2[h * k + c];
            outputs[r * k + c] = z;
            if (z > max) max = z;
          }
          let sum = 0;
          for (let c = 0; c < k; c++) sum += Math.exp(outputs[r * k + c] - max);
          const target = y[order[start + r]];
          loss += max + Math.log(sum) - outputs[r * k + target];
          // Output delta = softmax − one-hot; backpropagate through ReLU.
          hiddenDelta.fill(0);
          for (let c = 0; c < k; c++) {
            const delta = Math.exp(outputs[r * k + c] - max) / sum - (c === target ? 1 : 0);
            gb2[c] += delta;
            for (let h = 0; h < hidden; h++) {
              g2[h * k + c] += activations[r * hidden + h] * delta;
              hiddenDelta[h] += w2[h * k + c] * delta;
            }
          }
          for (let h = 0; h < hidden; h++) {
            if (activations[r * hidden + h] <= 0) continue;
            const delta = hiddenDelta[h];
            gb1[h] += delta;
            for (let j = 0; j < d; j++) g1[j * hidden + h] += data[offset + j] * delta;
          }
        }
        let squares = 0;
        for (const w of [w1, w2]) for (let i = 0; i < w.length; i++) squares += w[i] * w[i];
        loss = loss / size + (0.5 * l2 * squares) / size;
        epochLoss += loss * size;
        for (let p = 0; p < params.length; p++) {
          const penalised = p === 0 || p === 2;
          for (let i = 0; i < params[p].length; i++)
            grads[p][i] = grads[p][i] / size + (penalised ? (l2 * params[p][i]) / size : 0);
        }
        step++;
        const rate = (learningRate * Math.sqrt(1 - 0.999 ** step)) / (1 - 0.9 ** step);
        for (let p = 0; p < params.length; p++) {
          const param = params[p];
          const grad = grads[p];
          const m = moment1[p];
          const v = moment2[p];
          for (let i = 0; i < param.length; i++) {
            m[i] = 0.9 * m[i] + 0.1 * grad[i];
            v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
            param[i] -= (rate * m[i]) / (Math.sqrt(v[i]) + 1e-8);
          }
        }
      }
      epochLoss /= n;
      // scikit-learn's rule: count epochs whose loss is not below the best so far minus tol.
      if (epochLoss > bestLoss - tolerance) stalled++;
      else stalled = 0;
      if (epochLoss < bestLoss) bestLoss = epochLoss;
      if (stalled > patience) break;
    }
    return new MlpClassifier(scaler, classCount, hidden, w1, b1, w2, b2);
  }

  /** Class probabilities, rows × classCount. */
  scores(x: DenseMatrix): Float64Array {
    const { rows, cols: d, data } = this.scaler.transform(x);
    const { hiddenUnits: hidden, classCount: k, w1, b1, w2, b2 } = this;
    const out = new Float64Array(rows * k);
    const activation = new Float64Array(hidden);
    for (let i = 0; i < rows; i++) {
      for (let h = 0; h < hidden; h++) {
        let z = b1[h];
        for (let j = 0; j < d; j++) z += data[i * d + j] * w1[j * hidden + h];
        activation[h] = z > 0 ? z : 0;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let z = b2[c];
        for (let h = 0; h < hidden; h++) z += activation[h] * w2[h * k + c];
        out[i * k + c] = z;
        max = Math.max(max, z);
      }
      let sum = 0;
      for (let c = 0; c < k; c++) sum += out[i * k + c] = Math.exp(out[i * k + c] - max);
      for (let c = 0; c < k; c++) out[i * k + c] /= sum;
    }
    return out;
  }

  predict(x: DenseMatrix): Int32Array {
    return argmaxRows(this.scores(x), x.rows, this.classCount);
  }

  toJSON(): MlpJSON {
    return {
      kind: "mlp",
      scaler: this.scaler.toJSON(),
      classCount: this.classCount,
      hiddenUnits: this.hiddenUnits,
      hiddenWeights: Array.from(this.w1),
      hiddenBias: Array.from(this.b1),
      outputWeights: Array.from(this.w2),
      outputBias: Array.from(this.b2),
    };
  }

  static fromJSON(json: MlpJSON): MlpClassifier {
    if (
      json?.kind !== "mlp" ||
      json.hiddenBias?.length !== json.hiddenUnits ||
      json.outputBias?.length !== json.classCount
    ) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised MLP classifier");
    }
    return new MlpClassifier(
      Scaler.fromJSON(json.scaler),
      json.classCount,
      json.hiddenUnits,
      Float64Array.from(json.hiddenWeights),
      Float64Array.from(json.hiddenBias),
      Float64Array.from(json.outputWeights),
      Float64Array.from(json.outputBias),
    );
  }
}
