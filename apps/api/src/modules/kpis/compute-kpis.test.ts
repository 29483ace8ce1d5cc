import { addTotals, budgetShare, computeKpis } from "./compute-kpis";

describe("computeKpis", () => {
  it("derives rates, revenue per recipient and ROI", () => {
    expect(computeKpis({ reach: 300, conversions: 15, revenue: 1800 }, 600)).toEqual({
      reach: 300,
      conversions: 15,
      revenue: 1800,
      conversionRate: 0.05,
      revenuePerRecipient: 6,
      cost: 600,
      roi: 2,
    });
    expect(computeKpis({ reach: 100, conversions: 2, revenue: 100 }, 200).roi).toBe(-0.5);
  });

  it("has no rates without reach and no ROI without cost", () => {
    expect(computeKpis({ reach: 0, conversions: 0, revenue: 0 }, 0)).toMatchObject({
      conversionRate: null,
      revenuePerRecipient: null,
      roi: null,
    });
  });

  it("spreads the budget by reach so the shares add up to it", () => {
    const shares = [300, 100, 100].map((reach) => budgetShare(1000, reach, 500));
    expect(shares).toEqual([600, 200, 200]);
    expect(budgetShare(1000, 0, 0)).toBe(0);
    expect(
      addTotals([
        { reach: 1, conversions: 1, revenue: 0.1 },
        { reach: 2, conversions: 0, revenue: 0.2 },
      ]),
    ).toEqual({ reach: 3, conversions: 1, revenue: 0.30000000000000004 });
  });
});
