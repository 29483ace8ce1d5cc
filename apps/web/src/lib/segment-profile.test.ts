import { categoricalProfiles, numericMean, revenueShares, segmentRevenue } from "./segment-profile";

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
});
