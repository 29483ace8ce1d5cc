import { SeededRandom } from "../random";
import { argsortFloat64, sortWithPayload } from "./sort-with-payload";

/** The reference: a comparator sort of (value, original index), ties by index (stable). */
function referenceOrder(values: Float64Array): number[] {
  return Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
}

describe("sortWithPayload", () => {
  it("sorts signed, fractional, huge and infinite values and carries the payload", () => {
    const values = Float64Array.from([3, -1.5, Infinity, 1e300, -1e300, 2.25, -Infinity, -0.001, 7, 3]);
    const payload = Int32Array.from([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    const sorted = sortWithPayload(values, payload);
    expect(Array.from(sorted.values)).toEqual([
      -Infinity,
      -1e300,
      -1.5,
      -0.001,
      2.25,
      3,
      3,
      7,
      1e300,
      Infinity,
    ]);
    expect(Array.from(sorted.payload)).toEqual([36, 34, 31, 37, 35, 30, 39, 38, 33, 32]);
    // The inputs are left as they were.
    expect(values[0]).toBe(3);
    expect(payload[0]).toBe(30);
  });

  it("puts -0 before +0, as Float64Array.prototype.sort does", () => {
    const sorted = sortWithPayload(Float64Array.from([0, -0, 0, -0]), Int32Array.from([0, 1, 2, 3]));
    expect(Array.from(sorted.payload)).toEqual([1, 3, 0, 2]);
    expect(Object.is(sorted.values[0], -0)).toBe(true);
    expect(Object.is(sorted.values[3], 0)).toBe(true);
  });

  it("orders values whose high 32 bits agree by their low bits (short and long runs)", () => {
    // 1 + m·2⁻⁴⁰ share the high word for m < 2⁸, so only the low-word fix-up can order them:
    // a run of 20 takes the insertion path, a run of 200 the radix path.
    for (const length of [20, 200]) {
      const random = new SeededRandom(length);
      const steps = random.permutation(length);
      const values = Float64Array.from(steps, (m) => 1 + m * 2 ** -40);
      const sorted = sortWithPayload(values, steps);
      expect(Array.from(sorted.payload)).toEqual(Array.from({ length }, (_, m) => m));
      expect(Array.from(sorted.values)).toEqual(Array.from(values).sort((a, b) => a - b));
    }
  });

  it("agrees with a comparator sort on a mix of ties, integers and Gaussians", () => {
    const random = new SeededRandom(4);
    const values = Float64Array.from({ length: 20000 }, (_, i) =>
      i % 3 === 0
        ? random.nextInt(40) - 20
        : i % 3 === 1
          ? random.nextGaussian() * 1e-3
          : Math.round(random.nextGaussian() * 1e4) / 1e4,
    );
    const expected = referenceOrder(values);
    expect(Array.from(argsortFloat64(values))).toEqual(expected);
    const sorted = sortWithPayload(values, argsortFloat64(values));
    expect(Array.from(sorted.values)).toEqual(expected.map((i) => values[i]));
  });

  it("reads a subarray view at its own offset", () => {
    const backing = Float64Array.from([9, 9, 5, -2, 4, 9]);
    const sorted = sortWithPayload(backing.subarray(2, 5), Int32Array.from([0, 1, 2]));
    expect(Array.from(sorted.values)).toEqual([-2, 4, 5]);
    expect(Array.from(sorted.payload)).toEqual([1, 2, 0]);
  });

  it("handles empty and constant input", () => {
    expect(sortWithPayload(new Float64Array(0), new Int32Array(0)).values.length).toBe(0);
    expect(Array.from(argsortFloat64(Float64Array.from([5, 5, 5])))).toEqual([0, 1, 2]);
  });

  it("rejects a payload of the wrong length", () => {
    expect(() => sortWithPayload(Float64Array.from([1, 2]), new Int32Array(3))).toThrow(
      "sortWithPayload: 3 payload entries for 2 values",
    );
  });
});
