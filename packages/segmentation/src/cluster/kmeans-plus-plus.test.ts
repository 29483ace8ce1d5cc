import { matrixFromRows } from "../matrix";
import { SeededRandom } from "../random";
import { kmeansPlusPlus } from "./kmeans-plus-plus";

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
