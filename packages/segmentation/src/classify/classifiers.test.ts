import { matrixFromRows, type DenseMatrix } from "../matrix";
import { SeededRandom } from "../random";
import { loadIrisTable } from "../explain/test-fixtures/load-iris";
import { classifierKinds } from "./classifier";
import { classifierFromJSON, fitClassifier, type ClassifierJSON } from "./fit-classifier";
import { LinearSvm } from "./linear-svm";
import { LogisticRegression } from "./logistic-regression";

const iris = loadIrisTable();
const x = matrixFromRows(iris.rows);
const species = Array.from(iris.labels);
const isVirginica = species.map((label) => (label === 2 ? 1 : 0));

function accuracy(predicted: Int32Array, truth: number[]): number {
  return predicted.reduce((sum, p, i) => sum + (p === truth[i] ? 1 : 0), 0) / truth.length;
}

describe("logistic regression", () => {
  it("finds scikit-learn's binary coefficients (C=1, standardised Iris, virginica vs rest)", () => {
    // Reference: scikit-learn 1.2.1 LogisticRegression(tol=1e-10, max_iter=10000) on StandardScaler output:
    // coef [0.139948, -0.514776, 2.480256, 3.140771], intercept -3.801574.
    const json = LogisticRegression.fit(x, isVirginica).toJSON();
    const expected = [0.139948, -0.514776, 2.480256, 3.140771, -3.801574];
    json.weights[0].forEach((w, j) => expect(w).toBeCloseTo(expected[j], 4));
  });

  it("matches scikit-learn's multinomial probabilities on Iris", () => {
    // Reference: same settings, 3 classes, predict_proba of rows 0, 50, 100.
    const model = LogisticRegression.fit(x, species);
    const probabilities = model.scores(matrixFromRows([iris.rows[0], iris.rows[50], iris.rows[100]]));
    const expected = [0.984695, 0.015305, 0.0, 0.004729, 0.864895, 0.130375, 1.5e-5, 0.006225, 0.99376];
    probabilities.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 4));
  });
});

describe("linear SVM", () => {
  it("finds scikit-learn LinearSVC's hyperplane (squared hinge, C=1, regularised bias)", () => {
    // Reference: scikit-learn 1.2.1 LinearSVC(tol=1e-8, max_iter=100000) on standardised Iris, virginica vs rest:
    // coef [-0.28609, -0.3069, 1.7507, 1.63216], intercept -2.08033.
    const json = LinearSvm.fit(x, isVirginica, { tolerance: 1e-8, maxIterations: 100000 }).toJSON();
    const expected = [-0.28609, -0.3069, 1.7507, 1.63216, -2.08033];
    json.weights[0].forEach((w, j) => expect(w).toBeCloseTo(expected[j], 3));
  });

  it("separates linearly separable classes perfectly with the plain hinge loss", () => {
    const random = new SeededRandom(1);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 200; i++) {
      const point = [random.next() * 10, random.next() * 10];
      if (Math.abs(point[0] + point[1] - 10) < 0.5) continue;
      rows.push(point);
      labels.push(point[0] + point[1] > 10 ? 1 : 0);
    }
    const data = matrixFromRows(rows);
    expect(accuracy(LinearSvm.fit(data, labels, { loss: "hinge", c: 100 }).predict(data), labels)).toBe(1);
  });
});

describe("every classifier", () => {
  it.each(classifierKinds)("%s learns Iris and round-trips through JSON with identical scores", (kind) => {
    const model = fitClassifier(kind, x, species, { mlp: { seed: 3 } });
    // Training accuracy on Iris of scikit-learn 1.2.1's equivalents on standardised data: LinearSVC 0.9467,
    // MLPClassifier(random_state=0) 0.9667; the full tree fits exactly; logistic regression is above 0.95.
    const floor = { svm: 0.9466, mlp: 0.9666, tree: 1, logistic: 0.95 }[kind];
    expect(accuracy(model.predict(x), species)).toBeGreaterThanOrEqual(floor);
    const restored = classifierFromJSON(JSON.parse(JSON.stringify(model)) as ClassifierJSON);
    expect(Array.from(restored.scores(x))).toEqual(Array.from(model.scores(x)));
    expect(restored.kind).toBe(kind);
  });

  it("is deterministic by seed (MLP) and learns a non-linear boundary the linear models cannot", () => {
    const random = new SeededRandom(5);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 400; i++) {
      const point = [random.next() * 2 - 1, random.next() * 2 - 1];
      rows.push(point);
      labels.push(point[0] * point[0] + point[1] * point[1] < 0.5 ? 1 : 0);
    }
    const data: DenseMatrix = matrixFromRows(rows);
    const first = fitClassifier("mlp", data, labels, { mlp: { seed: 9 } });
    const second = fitClassifier("mlp", data, labels, { mlp: { seed: 9 } });
    expect(Array.from(second.scores(data))).toEqual(Array.from(first.scores(data)));
    expect(accuracy(first.predict(data), labels)).toBeGreaterThan(0.95);
    expect(accuracy(fitClassifier("logistic", data, labels).predict(data), labels)).toBeLessThan(0.75);
  });

  it("rejects bad input with clear messages", () => {
    expect(() => fitClassifier("svm", x, species.slice(1))).toThrow("got 149 labels for 150 rows");
    expect(() =>
      fitClassifier(
        "logistic",
        x,
        species.map(() => 1),
      ),
    ).toThrow("single class");
    expect(() => fitClassifier("tree", matrixFromRows([[1], [2]]), [0, -1])).toThrow("label of row 1 is -1");
    expect(() => fitClassifier("knn" as "tree", x, species)).toThrow('unknown model "knn"');
    expect(() => fitClassifier("svm", x, species, { svm: { c: 0 } })).toThrow("c must be > 0");
    expect(() => fitClassifier("mlp", x, species, { mlp: { hiddenUnits: 0 } })).toThrow(
      "hiddenUnits must be an integer ≥ 1",
    );
    expect(() => classifierFromJSON({ kind: "svm" } as ClassifierJSON)).toThrow(
      "not a serialised linear SVM",
    );
  });
});
