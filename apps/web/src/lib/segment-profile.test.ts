import {
  binDigits,
  categoricalProfiles,
  categoryComparisons,
  numericHistograms,
  numericMean,
  revenueShares,
  segmentRevenue,
} from "./segment-profile";

const profile = (monetaryMean: number) => ({
  numeric: { monetary: { mean: monetaryMean, median: 1 }, frequency: { mean: 2 } },
  categorical: {
    gender: {
      count: 3,
      categories: [
        { value: "f", count: 2, share: 2 / 3 },
        { value: "m", count: 1, share: 1 / 3 },
      ],
    },
  },
});

describe("segment profile readers", () => {
  it("reads means and revenue (mean spend × size)", () => {
    expect(numericMean(profile(50), "frequency")).toBe(2);
    expect(numericMean(profile(50), "age")).toBeNull();
    expect(segmentRevenue(profile(50), 10)).toBe(500);
    expect(numericMean("garbage", "monetary")).toBeNull();
  });

  it("splits revenue into shares that add up to 1", () => {
    const shares = revenueShares([
      { profile: profile(10), size: 30 },
      { profile: profile(70), size: 10 },
    ]);
    expect(shares[0]).toBeCloseTo(0.3, 10);
    expect(shares[1]).toBeCloseTo(0.7, 10);
  });

  it("gives no shares when a segment lacks spend", () => {
    expect(
      revenueShares([
        { profile: profile(10), size: 3 },
        { profile: {}, size: 3 },
      ]),
    ).toEqual([null, null]);
  });

  it("reads categorical shares and skips malformed entries", () => {
    expect(categoricalProfiles(profile(1))).toEqual([
      {
        attribute: "gender",
        categories: [
          { value: "f", share: 2 / 3 },
          { value: "m", share: 1 / 3 },
        ],
      },
    ]);
    expect(categoricalProfiles({ categorical: { city: { categories: [{ value: 3 }] } } })).toEqual([]);
  });

  it("turns the segment's and everyone's histograms on shared bins into shares", () => {
    const stored = {
      numeric: { frequency: { histogram: [3, 1, 0] }, monetary: { histogram: [1, 1] } },
      histogramEdges: { frequency: [0, 10, 20, 30], monetary: [0, 50, 100] },
      overall: {
        size: 20,
        numeric: { frequency: { histogram: [10, 5, 5] }, monetary: { histogram: [1, 2, 3] } },
      },
    };
    expect(numericHistograms(stored)).toEqual([
      {
        feature: "frequency",
        bins: [
          { from: 0, to: 10, segment: 0.75, everyone: 0.5 },
          { from: 10, to: 20, segment: 0.25, everyone: 0.25 },
          { from: 20, to: 30, segment: 0, everyone: 0.25 },
        ],
      },
    ]);
    // Bins that do not line up (monetary above) are left out; older profiles without everyone's histograms give none.
    expect(numericHistograms(profile(5))).toEqual([]);
    expect(numericHistograms({ ...stored, overall: undefined })).toEqual([]);
  });

  it("chooses as many digits as the bin width needs", () => {
    const bins = (width: number) => [{ from: 0, to: width, segment: 1, everyone: 1 }];
    expect(binDigits(bins(36.5))).toBe(0);
    expect(binDigits(bins(2.5))).toBe(1);
    expect(binDigits(bins(0.05))).toBe(2);
  });

  it("sets category shares beside everyone's, in everyone's order, 0 where the segment has none", () => {
    const category = (value: string, share: number) => ({ value, count: 0, share });
    const stored = {
      categorical: { country: { categories: [category("FR", 0.9), category("IT", 0.1)] } },
      overall: {
        categorical: {
          country: {
            categories: [category("DE", 0.4), category("FR", 0.3), category("IT", 0.2), category("ES", 0.1)],
          },
        },
      },
    };
    const [country] = categoryComparisons(stored);
    expect(country.attribute).toBe("country");
    expect(country.categories).toEqual([
      { value: "DE", segment: 0, everyone: 0.4 },
      { value: "FR", segment: 0.9, everyone: 0.3 },
      { value: "IT", segment: 0.1, everyone: 0.2 },
      { value: "ES", segment: 0, everyone: 0.1 },
    ]);
    expect(categoryComparisons(profile(1))).toEqual([]);
  });
});
