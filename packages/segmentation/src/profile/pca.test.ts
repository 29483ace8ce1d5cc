import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SegmentationError } from "../errors";
import { matrixFromRows, type DenseMatrix } from "../matrix";
import { Scaler } from "../preprocess";
import { Pca } from "./pca";
import { projectForPlot } from "./project-for-plot";

function standardisedIris(): DenseMatrix {
  const lines = readFileSync(join(__dirname, "..", "cli", "fixtures", "iris.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1);
  const raw = matrixFromRows(lines.map((line) => line.split(",").slice(1, 5).map(Number)));
  return Scaler.fit(raw, "standard").transform(raw);
}

describe("Pca", () => {
  const iris = standardisedIris();
  const pca = Pca.fit(iris, 2);

  it("matches scikit-learn's explained variance on standardised Iris", () => {
    // sklearn 1.2.1: PCA(2).fit(StandardScaler().fit_transform(X))
    expect(pca.explainedVarianceRatio[0]).toBeCloseTo(0.7296244541329986, 10);
    expect(pca.explainedVarianceRatio[1]).toBeCloseTo(0.22850761786701781, 10);
    expect(pca.explainedVariance[0]).toBeCloseTo(2.9380850501999953, 10);
    expect(pca.explainedVariance[1]).toBeCloseTo(0.9201649041624882, 10);
  });

  it("projects like scikit-learn up to the sign of each component", () => {
    const projected = pca.transform(iris);
    const reference: Record<number, [number, number]> = {
      0: [-2.264702808807588, 0.4800265965209883],
      50: [1.1017811830529474, 0.8629724182621585],
      100: [1.844568867723029, 0.8704213123248229],
    };
    for (const [row, [x, y]] of Object.entries(reference)) {
      expect(Math.abs(projected.data[Number(row) * 2])).toBeCloseTo(Math.abs(x), 8);
      expect(Math.abs(projected.data[Number(row) * 2 + 1])).toBeCloseTo(Math.abs(y), 8);
    }
    // Products of two rows' coordinates on one component do not depend on the component's sign.
    expect(projected.data[0] * projected.data[200]).toBeCloseTo(reference[0][0] * reference[100][0], 8);
    expect(projected.data[1] * projected.data[101]).toBeCloseTo(reference[0][1] * reference[50][1], 8);
  });

  it("gives orthonormal components and round-trips through JSON", () => {
    const [a, b] = pca.components;
    const dot = (u: Float64Array, v: Float64Array) => u.reduce((s, value, i) => s + value * v[i], 0);
    expect(dot(a, a)).toBeCloseTo(1, 12);
    expect(dot(a, b)).toBeCloseTo(0, 12);
    const restored = Pca.fromJSON(JSON.parse(JSON.stringify(pca)));
    expect(Array.from(restored.transform(iris).data)).toEqual(Array.from(pca.transform(iris).data));
    expect(() => Pca.fromJSON(JSON.parse('{"kind":"scaler"}'))).toThrow(SegmentationError);
  });

  it("finds the exact axis of a hand-made 2-D set", () => {
    // Points on the line y = x with small symmetric noise across it.
    const points = matrixFromRows([
      [-2, -2],
      [-1, -1.2],
      [0, 0.2],
      [1, 1],
      [2, 2],
    ]);
    const fitted = Pca.fit(points, 1);
    expect(Math.abs(fitted.components[0][0])).toBeCloseTo(Math.abs(fitted.components[0][1]), 1);
    expect(fitted.explainedVarianceRatio[0]).toBeGreaterThan(0.99);
  });

  it("refuses too few rows or too many components", () => {
    expect(() => Pca.fit(matrixFromRows([[1, 2]]))).toThrow(/at least 2 rows/);
    expect(() => Pca.fit(iris, 5)).toThrow(/components must be in 1..4/);
  });
});

describe("projectForPlot", () => {
  const iris = standardisedIris();
  const pca = Pca.fit(iris);
  const labels = Array.from({ length: 150 }, (_, i) => Math.floor(i / 50));
  const centroids = matrixFromRows(
    [iris.data.subarray(0, 4), iris.data.subarray(200, 204), iris.data.subarray(400, 404)].map((r) =>
      Array.from(r),
    ),
  );

  it("subsamples deterministically by seed, in input order", () => {
    const a = projectForPlot({ pca, matrix: iris, labels, centroids, maxPoints: 20, seed: 3 });
    const b = projectForPlot({ pca, matrix: iris, labels, centroids, maxPoints: 20, seed: 3 });
    expect(a.points).toHaveLength(20);
    expect(a.points).toEqual(b.points);
    const indices = a.points.map((p) => p.index);
    expect(indices).toEqual([...indices].sort((x, y) => x - y));
    expect(a.points.every((p) => p.segment === Math.floor(p.index / 50))).toBe(true);
  });

  it("places the centroids where their rows project", () => {
    const all = projectForPlot({ pca, matrix: iris, labels, centroids });
    expect(all.points).toHaveLength(150);
    expect(all.centroids[1].x).toBeCloseTo(all.points[50].x, 12);
    expect(all.centroids[2].y).toBeCloseTo(all.points[100].y, 12);
  });
});
