import type { ChangeRecord } from "./change-report";
import { binLabels, binOf, fitBins } from "./discretise";
import { applyOutliers, fitOutliers, skewness } from "./handle-outliers";
import { fitOneHot } from "./one-hot-encoder";

describe("outliers", () => {
  it("computes population skewness by hand", () => {
    // mean 4, deviations -3,-2,-1,6: m2 = 12.5, m3 = 45, skew = 45 / 12.5^1.5.
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(45 / Math.pow(12.5, 1.5), 12);
    expect(skewness([5, 5, 5])).toBe(0);
  });

  it("winsorises at fitted quantiles", () => {
    const values = Float64Array.from([1, 2, 3, 10]);
    const fitted = fitOutliers("spend", values, { method: "winsorize", lower: 0.25, upper: 0.75 });
    expect(fitted).toMatchObject({ method: "winsorize", low: 1.75, high: 4.75 });
    const report: ChangeRecord[] = [];
    applyOutliers("spend", values, fitted, report);
    expect(Array.from(values)).toEqual([1.75, 2, 3, 4.75]);
    expect(report[0]).toMatchObject({ step: "outlier", rowsAffected: 2, rows: [0, 3] });
  });

  it("chooses log1p for skewed money, winsorising for skew with negatives, nothing when symmetric", () => {
    const skewed = Float64Array.from([1, 2, 3, 10]);
    const auto = fitOutliers("spend", skewed, { method: "auto" });
    expect(auto).toEqual({ method: "log1p", reason: "skewness 1.02 > 1 and no negative values: log1p" });
    applyOutliers("spend", skewed, auto, []);
    expect(skewed[3]).toBeCloseTo(Math.log(11), 12);
    const withNegative = fitOutliers("balance", Float64Array.from([-1, 0, 1, 12]), { method: "auto" });
    expect(withNegative.method).toBe("winsorize");
    expect(withNegative.reason).toMatch(/with negative values/);
    expect(fitOutliers("age", Float64Array.from([1, 2, 3, 4]), { method: "auto" }).method).toBe("none");
    expect(() => fitOutliers("balance", Float64Array.from([-1, 2]), { method: "log1p" })).toThrow(
      /non-negative/,
    );
  });
});

describe("discretisation", () => {
  it("cuts equal-width bins with readable labels", () => {
    const bins = fitBins("age", Float64Array.from([0, 3, 10, NaN]), { method: "equal-width", count: 4 });
    expect(bins.edges).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(bins.labels).toEqual(["under 2.5", "2.5 to under 5", "5 to under 7.5", "7.5 and over"]);
    expect([-1, 0, 2.5, 5, 9.99, 10, 11].map((v) => binOf(v, bins.edges))).toEqual([0, 0, 1, 2, 3, 3, 3]);
  });

  it("cuts quantile bins and merges edges that coincide", () => {
    const bins = fitBins("orders", Float64Array.from([1, 1, 1, 1, 2, 3, 4, 8]), {
      method: "quantile",
      count: 4,
    });
    // quartiles 1, 1, 1.5, 3.25, 8 (positions 0, 1.75, 3.5, 5.25, 7): the repeated 1 merges, leaving three bins.
    expect(bins.edges).toEqual([1, 1.5, 3.25, 8]);
    expect(bins.labels).toEqual(["under 1.5", "1.5 to under 3.25", "3.25 and over"]);
    expect(binLabels([3, 3])).toEqual(["all values"]);
    expect(() => fitBins("orders", Float64Array.from([1]), { method: "quantile", count: 1 })).toThrow(
      /count ≥ 2/,
    );
  });
});

describe("one-hot fitting", () => {
  it("keeps frequent categories and folds rare ones into other", () => {
    const values = ["fr", "de", "fr", "it", "fr", "de", "es", null];
    expect(fitOneHot("country", values, { minShare: 0.2 })).toEqual({
      categories: ["fr", "de"],
      foldedIntoOther: 2,
    });
    expect(fitOneHot("country", values, { minShare: 0, maxCategories: 3 })).toEqual({
      categories: ["fr", "de", "es"],
      foldedIntoOther: 1,
    });
    expect(() => fitOneHot("country", values, { maxCategories: 0 })).toThrow(/maxCategories/);
  });
});
