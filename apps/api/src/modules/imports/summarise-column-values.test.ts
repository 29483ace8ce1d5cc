import { CategoryCounter, quantile, summariseNumbers } from "./summarise-column-values";

const sorted = (...values: number[]) => Float64Array.from(values).sort();

describe("summariseNumbers", () => {
  it("takes quartiles by linear interpolation (NumPy's default) and fences at 3 × IQR", () => {
    const values = sorted(1, 2, 3, 4, 5, 6, 7, 8, 9, 100);
    // numpy.percentile([1..9, 100], [25, 50, 75]) = 3.25, 5.5, 7.75
    expect([quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75)]).toEqual([
      3.25, 5.5, 7.75,
    ]);
    const summary = summariseNumbers(values, { scale: 100 });
    // IQR 4.5: fences 3.25 − 13.5 = −10.25 and 7.75 + 13.5 = 21.25
    expect(summary).toEqual({
      median: 5.5,
      lowerQuartile: 3.25,
      upperQuartile: 7.75,
      lowerFence: -10.25,
      upperFence: 21.25,
      fenceNote: null,
      lowOutliers: 0,
      highOutliers: 1,
    });
  });

  it("rounds the median onto the grid and moves the fences inwards onto it", () => {
    const summary = summariseNumbers(sorted(1, 2, 2, 3, 3, 4, 50, -40), { scale: 1 });
    // Q1 1.75, Q3 3.25, IQR 1.5: fences −2.75 → −2 and 7.75 → 7; median 2.5 → 3
    expect(summary).toMatchObject({
      median: 3,
      lowerFence: -2,
      upperFence: 7,
      lowOutliers: 1,
      highOutliers: 1,
    });
    // A value equal to the fence is not an outlier.
    expect(summariseNumbers(sorted(0, 1, 1, 2, 7), { scale: 1 })).toMatchObject({
      upperFence: 5,
      highOutliers: 1,
    });
  });

  it("gives no fences for fewer than 4 values or when the middle half are all equal", () => {
    expect(summariseNumbers(sorted(1, 2, 90), { scale: 1 })).toMatchObject({
      median: 2,
      lowerFence: null,
      upperFence: null,
      highOutliers: 0,
      fenceNote: "fewer than 4 values: no outliers can be told apart",
    });
    expect(summariseNumbers(sorted(1, 1, 1, 1, 1, 1, 1, 2, 9), { scale: 1 })).toMatchObject({
      lowerFence: null,
      highOutliers: 0,
      fenceNote: "the middle half of the values are all the same: no outliers can be told apart",
    });
  });
});

describe("CategoryCounter", () => {
  it("finds the most common value, the first met on ties, and gives up past its limit", () => {
    const counter = new CategoryCounter(3);
    for (const value of ["FR", "DE", "DE", "FR", "IT"]) counter.add(value);
    expect(counter.mostCommon()).toEqual({ value: "FR", count: 2 });
    counter.add("ES");
    expect(counter.overflowed).toBe(true);
    expect(counter.mostCommon()).toBeNull();
    expect(new CategoryCounter().mostCommon()).toBeNull();
  });
});
