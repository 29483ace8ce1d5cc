import { classificationMetrics } from "./classification-metrics";
import { rocAuc } from "./roc-auc";

describe("rocAuc", () => {
  it("matches hand-computed (and scikit-learn's roc_auc_score) values, ties counted half", () => {
    // 3 of the 4 positive/negative pairs are ordered correctly.
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75, 12);
    // Pairs: (0.2 vs 0.2) ½, (0.2 vs 0.5) 1, (0.2 vs 0.9) 1, (0.5 vs 0.2) 0, (0.5 vs 0.5) ½, (0.5 vs 0.9) 1 → 4/6.
    expect(rocAuc([0.2, 0.2, 0.5, 0.5, 0.9], [false, true, false, true, true])).toBeCloseTo(2 / 3, 12);
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });
});

describe("classificationMetrics", () => {
  it("computes binary precision, recall and F1 of class 1", () => {
    const truth = [1, 1, 1, 0, 0, 0];
    const predicted = [1, 1, 0, 1, 0, 0];
    const scores = Float64Array.from([0.1, 0.9, 0.2, 0.8, 0.6, 0.4, 0.3, 0.7, 0.9, 0.1, 0.8, 0.2]);
    const metrics = classificationMetrics(truth, predicted, scores, 2);
    expect(metrics.accuracy).toBeCloseTo(4 / 6, 12);
    expect(metrics.precision).toBeCloseTo(2 / 3, 12);
    expect(metrics.recall).toBeCloseTo(2 / 3, 12);
    expect(metrics.f1).toBeCloseTo(2 / 3, 12);
    // class-1 scores: positives 0.9, 0.8, 0.4; negatives 0.7, 0.1, 0.2 → 8 of 9 pairs ordered.
    expect(metrics.rocAuc).toBeCloseTo(8 / 9, 12);
  });

  it("macro-averages over classes for more than two", () => {
    const truth = [0, 0, 1, 1, 2, 2];
    const predicted = [0, 1, 1, 1, 2, 0];
    const scores = new Float64Array(18);
    predicted.forEach((c, i) => (scores[i * 3 + c] = 1));
    const metrics = classificationMetrics(truth, predicted, scores, 3);
    // precision: class 0 1/2, class 1 2/3, class 2 1/1; recall: 1/2, 1, 1/2.
    expect(metrics.precision).toBeCloseTo((0.5 + 2 / 3 + 1) / 3, 12);
    expect(metrics.recall).toBeCloseTo((0.5 + 1 + 0.5) / 3, 12);
    expect(metrics.f1).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3, 12);
  });
});
