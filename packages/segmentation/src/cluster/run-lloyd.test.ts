import { matrixFromRows } from "../matrix";
import { SeededRandom } from "../random";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import { refineWithHartigan } from "./refine-hartigan";
import { runLloyd } from "./run-lloyd";
import { gaussianBlobs, plainLloyd } from "./test-fixtures/gaussian-blobs";
import { loadIris } from "./test-fixtures/load-iris";

describe("runLloyd (Hamerly bounds)", () => {
  it("reaches exactly the labels and inertia of plain Lloyd from the same centres", () => {
    const { matrix } = gaussianBlobs(2000, 5, 6, 2, 11);
    for (let seed = 1; seed <= 6; seed++) {
      // Few and many centres: the pruned first assignment and the bounds must hold for both.
      const k = seed % 2 === 0 ? 6 : 25;
      const initial = kmeansPlusPlus(matrix.data, matrix.rows, matrix.cols, k, new SeededRandom(seed));
      const fast = runLloyd(matrix.data, matrix.rows, matrix.cols, initial, 1000, 0);
      const reference = plainLloyd(matrix, initial);
      expect(fast.converged).toBe(true);
      expect(Array.from(fast.labels)).toEqual(Array.from(reference.labels));
      expect(fast.inertia).toBeCloseTo(reference.inertia, 8);
    }
  });

  it("solves a hand-checked one-dimensional case", () => {
    const matrix = matrixFromRows([[0], [1], [10], [11]]);
    const run = runLloyd(matrix.data, 4, 1, Float64Array.from([0, 11]), 300, 0);
    expect(Array.from(run.labels)).toEqual([0, 0, 1, 1]);
    expect(Array.from(run.centres)).toEqual([0.5, 10.5]);
    expect(run.inertia).toBe(1);
  });

  it("gives an empty cluster the point farthest from its centre", () => {
    // Centre 100 attracts nothing; the farthest point (2, at squared distance 4 from centre 0) moves
    // there, then {0,1} {2} {10,11,12} is stable: inertia 0.25 + 0.25 + 0 + 1 + 0 + 1.
    const matrix = matrixFromRows([[0], [1], [2], [10], [11], [12]]);
    const run = runLloyd(matrix.data, 6, 1, Float64Array.from([0, 11, 100]), 300, 0);
    expect(Array.from(run.labels)).toEqual([0, 0, 2, 1, 1, 1]);
    expect(Array.from(run.centres)).toEqual([0.5, 11, 2]);
    expect(run.inertia).toBe(2.5);
  });

  it("stops at the iteration cap and says it did not converge", () => {
    const { matrix } = gaussianBlobs(500, 2, 4, 1, 3);
    const initial = kmeansPlusPlus(matrix.data, 500, 2, 4, new SeededRandom(2));
    const run = runLloyd(matrix.data, 500, 2, initial, 1, 0);
    expect(run.iterations).toBe(1);
    expect(run.converged).toBe(false);
  });
});

describe("refineWithHartigan", () => {
  it("never raises inertia and ends at a point where every row is nearest its own centre", () => {
    const { standardized } = loadIris();
    let improved = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const initial = kmeansPlusPlus(standardized.data, 150, 4, 3, new SeededRandom(seed));
      const lloyd = runLloyd(standardized.data, 150, 4, initial, 300, 1e-4);
      const refined = refineWithHartigan(standardized.data, 150, 4, lloyd, 300);
      expect(refined.inertia).toBeLessThanOrEqual(lloyd.inertia + 1e-9);
      if (refined.inertia < lloyd.inertia - 1e-6) improved++;
      const again = runLloyd(standardized.data, 150, 4, refined.centres, 300, 0);
      expect(Array.from(again.labels)).toEqual(Array.from(refined.labels));
    }
    // Lloyd alone stops in a shallow local optimum on most of these starts.
    expect(improved).toBeGreaterThan(5);
  });
});
