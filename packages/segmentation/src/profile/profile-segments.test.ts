import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SegmentationError } from "../errors";
import { matrixFromRows } from "../matrix";
import { SeededRandom } from "../random";
import {
  describeNumeric,
  edgesBetween,
  histogramCounts,
  histogramEdges,
  mergeSorted,
  sortedHistogramCounts,
} from "./describe-numeric";
import { presortColumns, profileSegments } from "./profile-segments";

describe("describeNumeric", () => {
  it("computes hand-checked statistics, population and sample std", () => {
    const values = Float64Array.from([4, 1, 2, 2, 3, 8]);
    const summary = describeNumeric(values, histogramEdges(values, 7));
    // sorted 1,2,2,3,4,8: mean 20/6, squares sum = 28.8333..., n = 6
    expect(summary.count).toBe(6);
    expect(summary.mean).toBeCloseTo(10 / 3, 12);
    expect(summary.median).toBe(2.5);
    expect(summary.mode).toBe(2);
    const squares = [1, 2, 2, 3, 4, 8].reduce((s, v) => s + (v - 10 / 3) ** 2, 0);
    expect(summary.std).toBeCloseTo(Math.sqrt(squares / 6), 12);
    expect(summary.sampleStd).toBeCloseTo(Math.sqrt(squares / 5), 12);
    expect([summary.min, summary.max]).toEqual([1, 8]);
    // numpy.quantile([1,2,2,3,4,8], [.05,.25,.75,.95]) = 1.25, 2, 3.75, 7
    expect(summary.quantiles.p5).toBeCloseTo(1.25, 12);
    expect(summary.quantiles.p25).toBeCloseTo(2, 12);
    expect(summary.quantiles.p75).toBeCloseTo(3.75, 12);
    expect(summary.quantiles.p95).toBeCloseTo(7, 12);
    // 7 bins of width 1 from 1 to 8; the maximum falls in the last (closed) bin
    expect(summary.histogram).toEqual([1, 2, 1, 1, 0, 0, 1]);
  });

  it("merges sorted parts (with repeats and empty parts) into the sorted union", () => {
    const merged = mergeSorted([
      Float64Array.from([1, 4, 4]),
      new Float64Array(0),
      Float64Array.from([-2, 4, 9]),
    ]);
    expect(Array.from(merged)).toEqual([-2, 1, 4, 4, 4, 9]);
  });

  it("counts sorted values into bins by binary search exactly as the per-value formula does", () => {
    const random = new SeededRandom(12);
    // Values on the edges (whole numbers) and a long run in one bin test the boundaries.
    const values = Float64Array.from({ length: 3000 }, (_, i) =>
      i % 4 === 0 ? random.nextInt(11) : i % 4 === 1 ? 7.25 : random.next() * 10,
    ).sort();
    for (const edges of [
      edgesBetween(0, 10, 10),
      edgesBetween(0, 10, 3),
      [2, 4, 6],
      edgesBetween(7.25, 7.25, 5),
    ]) {
      const expected = histogramCounts(values, edges);
      expect(sortedHistogramCounts(values, edges)).toEqual(expected);
      expect(expected.reduce((a, b) => a + b, 0)).toBe(3000);
    }
    expect(sortedHistogramCounts(new Float64Array(0), [0, 1, 2])).toEqual([0, 0]);
    // [1, 2, 2, 3, 4, 8] in 7 unit bins from 1: the maximum is in the last, closed bin.
    expect(sortedHistogramCounts([1, 2, 2, 3, 4, 8], edgesBetween(1, 8, 7))).toEqual([1, 2, 1, 1, 0, 0, 1]);
  });

  it("picks the smallest value among equally frequent modes and handles an empty group", () => {
    const values = Float64Array.from([5, 3, 5, 3, 9]);
    expect(describeNumeric(values, [0, 10]).mode).toBe(3);
    // The last run is the longest: the mode is found after the loop.
    expect(describeNumeric(Float64Array.from([1, 2, 2, 7, 7, 7]), [0, 10]).mode).toBe(7);
    const empty = describeNumeric(new Float64Array(0), [0, 5, 10]);
    expect(empty.count).toBe(0);
    expect(empty.histogram).toEqual([0, 0]);
    expect(JSON.stringify(empty)).not.toContain("null");
  });
});

describe("profileSegments", () => {
  const features = matrixFromRows([
    [10, 1],
    [12, 1],
    [11, 1],
    [30, 5],
    [34, 7],
  ]);
  const labels = [0, 0, 0, 1, 1];
  const profiles = profileSegments({
    features,
    featureNames: ["spend", "orders"],
    labels,
    k: 2,
    bins: 4,
    categorical: [{ name: "channel", values: ["web", "web", "shop", "shop", "shop"] }],
  });

  it("gives the same profiles from columns presorted before the labels existed", () => {
    const presorted = presortColumns(features);
    expect(Array.from(presorted[0].values)).toEqual([10, 11, 12, 30, 34]);
    expect(Array.from(presorted[0].rows)).toEqual([0, 2, 1, 3, 4]);
    // Ties keep row order: orders 1, 1, 1 come from rows 0, 1, 2.
    expect(Array.from(presorted[1].rows)).toEqual([0, 1, 2, 3, 4]);
    const options = {
      features,
      featureNames: ["spend", "orders"],
      labels,
      k: 2,
      bins: 4,
      categorical: [{ name: "channel", values: ["web", "web", "shop", "shop", "shop"] }],
    };
    expect(profileSegments({ ...options, presorted })).toEqual(profiles);
    expect(() => profileSegments({ ...options, presorted: presorted.slice(1) })).toThrow(
      "presorted columns do not match the feature matrix",
    );
  });

  it("describes each segment on the shared histogram edges", () => {
    expect(profiles.histogramEdges.spend).toEqual([10, 16, 22, 28, 34]);
    expect(profiles.overall.numeric.spend.histogram).toEqual([3, 0, 0, 2]);
    expect(profiles.segments[0].numeric.spend.histogram).toEqual([3, 0, 0, 0]);
    expect(profiles.segments[1].numeric.spend.histogram).toEqual([0, 0, 0, 2]);
    expect(profiles.segments.map((s) => [s.size, s.share])).toEqual([
      [3, 0.6],
      [2, 0.4],
    ]);
    expect(profiles.segments[1].numeric.spend.mean).toBe(32);
  });

  it("compares segment means with everyone (ratio, difference, effect size, z-score)", () => {
    const spend = profiles.segments[1].comparisons[0];
    // overall spend: mean 97/5 = 19.4, population std sqrt(mean of squares − mean²)
    const std = Math.sqrt([10, 12, 11, 30, 34].reduce((s, v) => s + (v - 19.4) ** 2, 0) / 5);
    expect(spend.ratio).toBeCloseTo(32 / 19.4, 12);
    expect(spend.difference).toBeCloseTo(12.6, 12);
    expect(spend.effectSize).toBeCloseTo(12.6 / std, 12);
    expect(spend.zScore).toBeCloseTo(12.6 / ((std / Math.sqrt(2)) * Math.sqrt(3 / 4)), 10);
    expect(profiles.segments[1].standOut.map((c) => c.feature)).toEqual(["spend", "orders"]);
  });

  it("counts category shares per segment", () => {
    expect(profiles.overall.categorical.channel.categories).toEqual([
      { value: "shop", count: 3, share: 0.6 },
      { value: "web", count: 2, share: 0.4 },
    ]);
    expect(profiles.segments[0].categorical.channel.categories[0]).toEqual({
      value: "web",
      count: 2,
      share: 2 / 3,
    });
  });

  it("matches pandas on Iris species groups", () => {
    const lines = readFileSync(join(__dirname, "..", "cli", "fixtures", "iris.csv"), "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1);
    const rows = lines.map((line) => line.split(","));
    const species = ["setosa", "versicolor", "virginica"];
    const result = profileSegments({
      features: matrixFromRows(rows.map((row) => row.slice(1, 5).map(Number))),
      featureNames: ["sepal_length", "sepal_width", "petal_length", "petal_width"],
      labels: rows.map((row) => species.indexOf(row[5])),
      k: 3,
    });
    // pandas: df.groupby("species").petal_length.agg(["mean", "std", "median"]) (std is the sample std)
    const setosa = result.segments[0].numeric.petal_length;
    expect(setosa.mean).toBeCloseTo(1.462, 12);
    expect(setosa.sampleStd).toBeCloseTo(0.173664, 6);
    expect(setosa.median).toBe(1.5);
    expect(result.overall.numeric.sepal_length.sampleStd).toBeCloseTo(0.828066, 6);
    expect(result.overall.numeric.sepal_length.mode).toBe(5);
  });

  it("rejects labels outside 0..k-1 and mismatched lengths", () => {
    expect(() =>
      profileSegments({ features, featureNames: ["spend", "orders"], labels: [0, 0, 0, 1, 2], k: 2 }),
    ).toThrow(/label 2 of row 4 is outside 0..1/);
    expect(() => profileSegments({ features, featureNames: ["spend"], labels, k: 2 })).toThrow(
      SegmentationError,
    );
  });
});
