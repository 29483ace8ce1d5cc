import { SegmentationError } from "../errors";
import { matrixFromRows } from "../matrix";
import { findElbow, recommendK, type KSelectionRow } from "./recommend-k";
import { evaluateKRange, selectK } from "./select-k";
import { SeededRandom } from "../random";
import { loadIris } from "./test-fixtures/load-iris";

const row = (k: number, inertia: number, silhouette: number): KSelectionRow => ({
  k,
  inertia,
  silhouette,
  calinskiHarabasz: 0,
  daviesBouldin: 0,
});

describe("selectK", () => {
  it("lets the silhouette prefer 2 on standardised Iris and says why", () => {
    const fractions: number[] = [];
    const selection = selectK(loadIris().standardized, {
      seed: 0,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(selection.rows.map((r) => r.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(selection.recommendedK).toBe(2);
    // scikit-learn 1.2.1: silhouette 0.58175 at k = 2, 0.45995 at k = 3 (see cluster-metrics.test.ts).
    expect(selection.rows[0].silhouette).toBeCloseTo(0.5817500491982808, 12);
    expect(selection.rows[1].silhouette).toBeCloseTo(0.45994823920518646, 12);
    expect(selection.reason).toMatch(
      /^k = 2 has the highest silhouette \(0\.582; next best k = 3 at 0\.460\)/,
    );
    expect(selection.reason).toMatch(/elbow/);
    expect(selection.silhouetteSampleSize).toBe(150);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions).toHaveLength(9);
    for (let i = 1; i < selection.rows.length; i++) {
      expect(selection.rows[i].inertia).toBeLessThan(selection.rows[i - 1].inertia);
    }
  });

  it("finds the planted number of well-separated blobs", () => {
    const centres = [
      [0, 0, 0],
      [20, 0, 0],
      [0, 20, 0],
      [0, 0, 20],
      [20, 20, 20],
    ];
    const random = new SeededRandom(13);
    const matrix = matrixFromRows(
      Array.from({ length: 1000 }, (_, i) => centres[i % 5].map((value) => value + random.nextGaussian())),
    );
    const selection = selectK(matrix, { kMin: 2, kMax: 8, restarts: 3 });
    expect(selection.recommendedK).toBe(5);
    expect(selection.elbowK).toBe(5);
    expect(selection.reason).toMatch(/elbow is also at k = 5/);
  });

  it("returns the fits and caps kMax below the number of rows", () => {
    const evaluation = evaluateKRange(matrixFromRows([[0], [1], [5], [6]]), { kMax: 10 });
    expect(evaluation.rows.map((r) => r.k)).toEqual([2, 3]);
    expect(evaluation.fits[0].k).toBe(2);
  });

  it("refuses an empty or invalid range", () => {
    const matrix = matrixFromRows([[0], [1], [5], [6]]);
    expect(() => evaluateKRange(matrix, { kMin: 1 })).toThrow(/kMin must be an integer ≥ 2/);
    expect(() => evaluateKRange(matrix, { kMin: 4, kMax: 6 })).toThrow(SegmentationError);
  });
});

describe("recommendK", () => {
  it("breaks near-ties toward fewer clusters", () => {
    const rows = [row(2, 100, 0.4), row(3, 60, 0.505), row(4, 50, 0.51), row(5, 45, 0.3)];
    const recommendation = recommendK(rows);
    expect(recommendation.k).toBe(3);
    expect(recommendation.reason).toMatch(/within 0\.01 of the best \(0\.510 at k = 4\)/);
  });

  it("finds the elbow of the inertia curve", () => {
    expect(findElbow([row(2, 100, 0), row(3, 40, 0), row(4, 35, 0), row(5, 30, 0)])).toBe(3);
    expect(findElbow([row(2, 10, 0), row(3, 5, 0)])).toBe(2);
  });

  it("needs at least one row", () => {
    expect(() => recommendK([])).toThrow(/no K was evaluated/);
  });
});
