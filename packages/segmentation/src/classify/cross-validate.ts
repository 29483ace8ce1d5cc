import { SegmentationError } from "../errors";
import { splitFold, stratifiedFolds } from "../explain";
import { selectRows, type DenseMatrix } from "../matrix";
import { classifierKinds, type ClassifierKind } from "./classifier";
import { checkTrainingData } from "./check-training-data";
import { classificationMetrics, metricNames, type ClassificationMetrics } from "./classification-metrics";
import { fitClassifier, type ClassifierOptions } from "./fit-classifier";

export interface CrossValidateInput {
  x: DenseMatrix;
  /** Class ids 0..k-1. */
  y: ArrayLike<number>;
  /** One model, several, or "all". Default "all". */
  model?: ClassifierKind | readonly ClassifierKind[] | "all";
  /** Default 5. */
  folds?: number;
  /** Seeds the stratified folds and the models. Default 0. */
  seed?: number;
  /** A fold number per row, to reuse folds made elsewhere (e.g. to compare with scikit-learn on the same folds). */
  assignment?: Int32Array;
  options?: ClassifierOptions;
}

export interface ModelScores {
  model: ClassifierKind;
  folds: ClassificationMetrics[];
  mean: ClassificationMetrics;
}

export interface CrossValidationResult {
  folds: number;
  /** The fold of each row. */
  assignment: Int32Array;
  models: ModelScores[];
}

/** Stratified k-fold cross-validation of each model on the same folds, metrics per fold and mean. */
export function crossValidate({
  x,
  y,
  model = "all",
  folds = 5,
  seed = 0,
  assignment,
  options = {},
}: CrossValidateInput): CrossValidationResult {
  const classCount = checkTrainingData(x, y);
  const kinds: readonly ClassifierKind[] =
    model === "all" ? classifierKinds : typeof model === "string" ? [model] : model;
  const unknown = kinds.find((kind) => !classifierKinds.includes(kind));
  if (unknown !== undefined || kinds.length === 0) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `unknown model "${String(unknown)}", expected tree, svm, logistic, mlp or all`,
    );
  }
  let foldOf = assignment;
  let foldCount = folds;
  if (foldOf) {
    if (foldOf.length !== x.rows)
      throw new SegmentationError("INVALID_INPUT", `got ${foldOf.length} fold numbers for ${x.rows} rows`);
    foldCount = foldOf.reduce((max, fold) => Math.max(max, fold + 1), 0);
  } else {
    foldOf = stratifiedFolds(y, folds, seed);
  }
  const splits = Array.from({ length: foldCount }, (_, fold) => splitFold(foldOf, fold));
  const withSeed: ClassifierOptions = {
    tree: options.tree,
    svm: { seed, ...options.svm },
    logistic: options.logistic,
    mlp: { seed, ...options.mlp },
  };
  const models = kinds.map((kind): ModelScores => {
    const perFold = splits.map(({ train, test }) => {
      const trainY = Array.from(train, (row) => y[row]);
      const testX = selectRows(x, test);
      const fitted = fitClassifier(kind, selectRows(x, train), trainY, withSeed);
      const scores = padScores(fitted.scores(testX), test.length, fitted.classCount, classCount);
      const predicted = fitted.predict(testX);
      return classificationMetrics(
        Array.from(test, (row) => y[row]),
        predicted,
        scores,
        classCount,
      );
    });
    const mean = Object.fromEntries(
      metricNames.map((name) => [
        name,
        perFold.reduce((sum, metrics) => sum + metrics[name], 0) / perFold.length,
      ]),
    ) as unknown as ClassificationMetrics;
    return { model: kind, folds: perFold, mean };
  });
  return { folds: foldCount, assignment: foldOf, models };
}

/** A fold's training part may lack the highest class ids: give them score −∞ so metrics see every class. */
function padScores(scores: Float64Array, rows: number, fitted: number, total: number): Float64Array {
  if (fitted === total) return scores;
  const out = new Float64Array(rows * total).fill(-Infinity);
  for (let i = 0; i < rows; i++) for (let c = 0; c < fitted; c++) out[i * total + c] = scores[i * fitted + c];
  return out;
}
