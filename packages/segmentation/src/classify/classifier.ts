import type { DenseMatrix } from "../matrix";

export type ClassifierKind = "tree" | "svm" | "logistic" | "mlp";
export const classifierKinds: readonly ClassifierKind[] = ["tree", "svm", "logistic", "mlp"];

/**
 * A fitted classifier. Classes are ids 0..classCount-1 (encode text targets before fitting).
 * `scores` gives one column per class where higher means "more likely this class": probabilities
 * for tree, logistic and MLP, signed distances to the hyperplane for the linear SVM. ROC AUC only
 * needs the ranking, so both kinds work.
 */
export interface Classifier {
  readonly kind: ClassifierKind;
  readonly classCount: number;
  predict(x: DenseMatrix): Int32Array;
  /** rows × classCount, row-major. */
  scores(x: DenseMatrix): Float64Array;
  toJSON(): { kind: ClassifierKind };
}

/** The class with the highest score in each row. */
export function argmaxRows(scores: Float64Array, rows: number, classCount: number): Int32Array {
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let c = 1; c < classCount; c++)
      if (scores[i * classCount + c] > scores[i * classCount + best]) best = c;
    out[i] = best;
  }
  return out;
}
