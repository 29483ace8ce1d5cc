import { kmeans as mlKMeans } from "ml-kmeans";
import { SegmentationError } from "../errors";
import { matrixFromRows, matrixToRows } from "../matrix";
import { chooseSampleSize, kmeans, sampleMatrixRows } from "./kmeans";
import { STAGE_SAMPLE_SIZE } from "./kmeans-options";
import { restartSeeds, runRestarts } from "./run-restarts";
import { runLloyd } from "./run-lloyd";
import { scaledTolerance } from "./scaled-tolerance";
import { gaussianBlobs } from "./test-fixtures/gaussian-blobs";
import { loadIris } from "./test-fixtures/load-iris";

// scikit-learn 1.2.1 (Debian), computed once with /usr/bin/python3:
// KMeans(n_clusters=3, n_init=10, random_state=s).fit(StandardScaler().fit_transform(iris)).inertia_
// gives 139.82049635974974 for s = 0, 1, 2, 3 (cluster sizes 53, 50, 47).
const SKLEARN_IRIS_INERTIA = 139.82049635974974;

describe("kmeans", () => {
  const { standardized } = loadIris();

  it("matches scikit-learn's best inertia on standardised Iris for every seed tried", () => {
    for (let seed = 0; seed < 10; seed++) {
      const result = kmeans(standardized, { k: 3, seed });
      expect(Math.abs(result.inertia - SKLEARN_IRIS_INERTIA) / SKLEARN_IRIS_INERTIA).toBeLessThan(1e-6);
      expect(Array.from(result.sizes).sort((a, b) => a - b)).toEqual([47, 50, 53]);
      expect(result.converged).toBe(true);
      expect(result.restartRows).toBe(150);
    }
  });

  it("reports sizes, centroids as cluster means and an inertia that agree with the labels", () => {
    const result = kmeans(standardized, { k: 3, seed: 5 });
    const { labels, centroids } = result;
    let inertia = 0;
    const sums = new Float64Array(12);
    const counts = new Int32Array(3);
    for (let i = 0; i < 150; i++) {
      counts[labels[i]]++;
      for (let j = 0; j < 4; j++) {
        sums[labels[i] * 4 + j] += standardized.data[i * 4 + j];
        inertia += (standardized.data[i * 4 + j] - centroids.data[labels[i] * 4 + j]) ** 2;
      }
    }
    expect(Array.from(result.sizes)).toEqual(Array.from(counts));
    for (let c = 0; c < 3; c++) {
      for (let j = 0; j < 4; j++)
        expect(centroids.data[c * 4 + j]).toBeCloseTo(sums[c * 4 + j] / counts[c], 10);
    }
    expect(result.inertia).toBeCloseTo(inertia, 9);
  });

  it("is deterministic by seed", () => {
    const { matrix } = gaussianBlobs(3000, 4, 5, 1.5, 8);
    const a = kmeans(matrix, { k: 5, seed: 9, restarts: 3 });
    const b = kmeans(matrix, { k: 5, seed: 9, restarts: 3 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(matrixToRows(a.centroids)).toEqual(matrixToRows(b.centroids));
    expect(a.inertia).toBe(b.inertia);
  });

  it("is at least as good as ml-kmeans (an independent implementation) over several seeds", () => {
    const cases = [
      { matrix: standardized, k: 3 },
      { matrix: gaussianBlobs(1500, 3, 6, 1.2, 21).matrix, k: 6 },
    ];
    for (const { matrix, k } of cases) {
      const rows = matrixToRows(matrix);
      let bestOther = Infinity;
      for (let seed = 1; seed <= 5; seed++) {
        const other = mlKMeans(rows, k, { seed, maxIterations: 300 });
        let inertia = 0;
        rows.forEach((row, i) => {
          const centre = other.centroids[other.clusters[i]];
          row.forEach((value, j) => (inertia += (value - centre[j]) ** 2));
        });
        bestOther = Math.min(bestOther, inertia);
      }
      const ours = kmeans(matrix, { k, seed: 0 });
      expect(ours.inertia).toBeLessThanOrEqual(bestOther * (1 + 1e-9));
    }
  });

  it("restarts on a sample and refines on all rows, losing (almost) nothing on blobs", () => {
    const { matrix } = gaussianBlobs(20000, 5, 4, 3, 2);
    const sampled = kmeans(matrix, { k: 4, seed: 1, restarts: 4, sampleSize: 1000 });
    const full = kmeans(matrix, { k: 4, seed: 1, restarts: 4, sampleSize: 20000 });
    expect(sampled.restartRows).toBe(1000);
    expect(full.restartRows).toBe(20000);
    expect(sampled.labels.length).toBe(20000);
    expect(Math.abs(sampled.inertia - full.inertia) / full.inertia).toBeLessThan(1e-4);
  });

  it("refines the sample's winner on an intermediate sample, then on all rows, when rows ≥ 2 × STAGE_SAMPLE_SIZE", () => {
    const rows = 2 * STAGE_SAMPLE_SIZE;
    const { matrix } = gaussianBlobs(rows, 3, 4, 2, 5);
    const result = kmeans(matrix, { k: 4, seed: 3, restarts: 2, sampleSize: 2000 });
    // The same three steps by hand: restarts on the 2,000-row sample, Lloyd on the stage sample
    // (seed stream 3 + 0x9e3779b9), Lloyd on every row.
    const tolerance = scaledTolerance(matrix.data, rows, 3, 1e-4);
    const sample = sampleMatrixRows(matrix, 2000, 3);
    const plan = { k: 4, seeds: restartSeeds(3, 2), maxIterations: 300, tolerance, refineEachRestart: false };
    const winner = runRestarts(sample, 2000, 3, plan);
    const stage = sampleMatrixRows(matrix, STAGE_SAMPLE_SIZE, (3 + 0x9e3779b9) >>> 0);
    const staged = runLloyd(stage, STAGE_SAMPLE_SIZE, 3, winner.centres, 300, tolerance);
    const expected = runLloyd(matrix.data, rows, 3, staged.centres, 300, tolerance);
    expect(result.restartRows).toBe(2000);
    expect(result.inertia).toBe(expected.inertia);
    expect(Array.from(result.labels)).toEqual(Array.from(expected.labels));
  });

  it("samples automatically above the threshold only", () => {
    expect(chooseSampleSize(100_000, 8, undefined)).toBe(100_000);
    expect(chooseSampleSize(1_000_000, 8, undefined)).toBe(10_000);
    expect(chooseSampleSize(1_000_000, 500, undefined)).toBe(50_000);
    expect(chooseSampleSize(1_000_000, 8, 5_000)).toBe(5_000);
    expect(chooseSampleSize(1000, 8, 5_000)).toBe(1000);
    expect(chooseSampleSize(1000, 8, 2)).toBe(8);
  });

  it("handles k = 1 and k = rows", () => {
    const matrix = matrixFromRows([
      [1, 2],
      [3, 4],
      [5, 9],
    ]);
    const one = kmeans(matrix, { k: 1 });
    expect(matrixToRows(one.centroids)).toEqual([[3, 5]]);
    expect(one.inertia).toBeCloseTo(4 + 0 + 4 + 9 + 1 + 16, 12);
    const three = kmeans(matrix, { k: 3 });
    expect(three.inertia).toBe(0);
    expect(Array.from(three.sizes)).toEqual([1, 1, 1]);
  });

  it("keeps every cluster occupied when rows repeat (empty clusters take the farthest row)", () => {
    const same = kmeans(matrixFromRows([[5], [5], [5]]), { k: 3 });
    expect(Array.from(same.sizes)).toEqual([1, 1, 1]);
    expect(same.inertia).toBe(0);
    const few = kmeans(matrixFromRows([[1], [1], [1], [2]]), { k: 3 });
    expect(Array.from(few.sizes).sort()).toEqual([1, 1, 2]);
    expect(few.inertia).toBe(0);
  });

  it("refuses bad input with typed, readable errors", () => {
    const matrix = matrixFromRows([[1], [2], [3]]);
    const expectError = (run: () => unknown, code: string, message: RegExp): void => {
      try {
        run();
        throw new Error("expected a SegmentationError");
      } catch (error) {
        expect(error).toBeInstanceOf(SegmentationError);
        expect((error as SegmentationError).code).toBe(code);
        expect((error as SegmentationError).message).toMatch(message);
      }
    };
    expectError(
      () => kmeans(matrix, { k: 4 }),
      "TOO_FEW_ROWS",
      /k = 4 is larger than the number of rows \(3\)/,
    );
    expectError(() => kmeans(matrix, { k: 0 }), "INVALID_OPTION", /k must be an integer ≥ 1/);
    expectError(() => kmeans(matrix, { k: 2, restarts: 0 }), "INVALID_OPTION", /restarts/);
    expectError(() => kmeans(matrix, { k: 2, tolerance: -1 }), "INVALID_OPTION", /tolerance/);
    expectError(() => kmeans(matrix, { k: 2, seed: 1.5 }), "INVALID_OPTION", /seed/);
    const withNaN = { rows: 3, cols: 1, data: Float64Array.from([1, NaN, 3]) };
    expectError(
      () => kmeans(withNaN, { k: 2 }),
      "NON_NUMERIC_VALUE",
      /row 1, column 0 is not a finite number/,
    );
    expectError(
      () => kmeans({ rows: 3, cols: 0, data: new Float64Array(0) }, { k: 1 }),
      "NO_NUMERIC_COLUMN",
      /numeric column/,
    );
  });
});
