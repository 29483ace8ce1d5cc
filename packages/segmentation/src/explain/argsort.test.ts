import { SeededRandom } from "../random";
import { argsort } from "./argsort";

describe("argsort", () => {
  it("orders negative, positive, fractional and huge values, ties by index", () => {
    const values = Float64Array.from([3, -1.5, 0, 1e300, -1e300, 2.25, 3, -0.001, 7, 3]);
    expect(Array.from(argsort(values))).toEqual([4, 1, 7, 2, 5, 0, 6, 9, 8, 3]);
  });

  it("agrees with a comparator sort on random data with many ties", () => {
    const random = new SeededRandom(9);
    const values = Float64Array.from({ length: 5000 }, () =>
      random.next() < 0.5 ? random.nextInt(50) - 25 : random.nextGaussian() * 1e6,
    );
    const expected = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
    expect(Array.from(argsort(values))).toEqual(expected);
  });

  it("handles empty and single-value input", () => {
    expect(Array.from(argsort(new Float64Array(0)))).toEqual([]);
    expect(Array.from(argsort(Float64Array.from([5, 5, 5])))).toEqual([0, 1, 2]);
  });
});
