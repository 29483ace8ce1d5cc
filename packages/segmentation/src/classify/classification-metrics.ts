import { rocAuc } from "./roc-auc";

export interface ClassificationMetrics {
  accuracy: number;
  /** Two classes: of class 1 (the positive class). More: macro average over classes. */
  precision: number;
  recall: number;
  f1: number;
  /** Two classes: AUC of class 1's score. More: macro average of one-vs-rest AUCs. */
  rocAuc: number;
}

export const metricNames: ReadonlyArray<keyof ClassificationMetrics> = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "rocAuc",
];

/**
 * Metrics of predictions against the truth, with scikit-learn's conventions: a precision or recall
 * with an empty denominator counts as 0; classes absent from both truth and predictions are skipped
 * in macro averages; AUC classes without positives (or negatives) are skipped.
 */
export function classificationMetrics(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  scores: Float64Array,
  classCount: number,
): ClassificationMetrics {
  const n = truth.length;
  let correct = 0;
  const truePositive = new Float64Array(classCount);
  const predictedCount = new Float64Array(classCount);
  const actualCount = new Float64Array(classCount);
  for (let i = 0; i < n; i++) {
    if (truth[i] === predicted[i]) {
      correct++;
      truePositive[truth[i]]++;
    }
    predictedCount[predicted[i]]++;
    actualCount[truth[i]]++;
  }
  const precisionOf = (c: number): number =>
    predictedCount[c] > 0 ? truePositive[c] / predictedCount[c] : 0;
  const recallOf = (c: number): number => (actualCount[c] > 0 ? truePositive[c] / actualCount[c] : 0);
  const f1Of = (c: number): number => {
    const p = precisionOf(c);
    const r = recallOf(c);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
  const column = (c: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = scores[i * classCount + c];
    return out;
  };
  const isClass = (c: number): boolean[] => Array.from(truth, (label) => label === c);
  if (classCount === 2) {
    return {
      accuracy: correct / n,
      precision: precisionOf(1),
      recall: recallOf(1),
      f1: f1Of(1),
      rocAuc: rocAuc(column(1), isClass(1)),
    };
  }
  const present = [...Array(classCount).keys()].filter((c) => actualCount[c] > 0 || predictedCount[c] > 0);
  const mean = (values: number[]): number =>
    values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  const aucs = [...Array(classCount).keys()]
    .map((c) => rocAuc(column(c), isClass(c)))
    .filter((auc) => !Number.isNaN(auc));
  return {
    accuracy: correct / n,
    precision: mean(present.map(precisionOf)),
    recall: mean(present.map(recallOf)),
    f1: mean(present.map(f1Of)),
    rocAuc: mean(aucs),
  };
}
