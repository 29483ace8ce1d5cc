import { matrixFromRows } from "../matrix";
import { SeededRandom } from "../random";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import { gaussianBlobs } from "./test-fixtures/gaussian-blobs";

describe("kmeansPlusPlus", () => {
  it("picks k distinct data points, repeatably for a seed", () => {
    const matrix = matrixFromRows([
      [0, 0],
      [0, 1],
      [5, 5],
      [5, 6],
      [9, 0],
    ]);
    const a = kmeansPlusPlus(matrix.data, 5, 2, 5, new SeededRandom(4));
    const b = kmeansPlusPlus(matrix.data, 5, 2, 5, new SeededRandom(4));
    expect(Array.from(a)).toEqual(Array.from(b));
    const picked = new Set<string>();
    for (let c = 0; c < 5; c++) picked.add(`${a[c * 2]},${a[c * 2 + 1]}`);
    expect(picked).toEqual(new Set(["0,0", "0,1", "5,5", "5,6", "9,0"]));
  });

  it("spreads the centres over well-separated groups", () => {
    const rows = [];
    for (let g = 0; g < 3; g++) for (let i = 0; i < 20; i++) rows.push([g * 100 + (i % 5), (i % 3) * 0.1]);
    const matrix = matrixFromRows(rows);
    for (let seed = 0; seed < 10; seed++) {
      const centres = kmeansPlusPlus(matrix.data, 60, 2, 3, new SeededRandom(seed));
      const groups = new Set([0, 1, 2].map((c) => Math.floor(centres[c * 2] / 100)));
      expect(groups.size).toBe(3);
    }
  });
});

/** Unpruned greedy k-means++ drawing from the random stream in the same order. */
function naiveKMeansPlusPlus(
  data: Float64Array,
  rows: number,
  cols: number,
  k: number,
  random: SeededRandom,
): number[] {
  const distance = (a: number, b: number): number => {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += (data[a * cols + j] - data[b * cols + j]) ** 2;
    return sum;
  };
  const trials = 2 + Math.floor(Math.log(k));
  const chosen = [random.nextInt(rows)];
  let closest = Array.from({ length: rows }, (_, i) => distance(i, chosen[0]));
  while (chosen.length < k) {
    const potential = closest.reduce((a, b) => a + b, 0);
    const cumulative: number[] = [];
    closest.reduce((running, value, i) => (cumulative[i] = running + value), 0);
    let best: { candidate: number; potential: number; distances: number[] } | undefined;
    for (let t = 0; t < trials; t++) {
      const target = random.next() * potential;
      let candidate = cumulative.findIndex((value) => value >= target);
      if (candidate < 0) candidate = rows - 1;
      const distances = closest.map((value, i) => Math.min(value, distance(i, candidate)));
      const total = distances.reduce((a, b) => a + b, 0);
      if (best === undefined || total < best.potential) best = { candidate, potential: total, distances };
    }
    const winner = best as { candidate: number; distances: number[] };
    chosen.push(winner.candidate);
    closest = winner.distances;
  }
  return chosen;
}

describe("kmeansPlusPlus pruning", () => {
  it("chooses exactly the centres of the unpruned algorithm", () => {
    const { matrix } = gaussianBlobs(800, 3, 12, 4, 17);
    for (const k of [2, 5, 12, 30]) {
      const centres = kmeansPlusPlus(matrix.data, 800, 3, k, new SeededRandom(k));
      const expected = naiveKMeansPlusPlus(matrix.data, 800, 3, k, new SeededRandom(k));
      expect(Array.from(centres)).toEqual(
        expected.flatMap((row) => Array.from(matrix.data.subarray(row * 3, row * 3 + 3))),
      );
    }
  });
});
