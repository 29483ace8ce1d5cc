export interface ResultTotals {
  reach: number;
  conversions: number;
  revenue: number;
}

export interface KpiValues extends ResultTotals {
  /** conversions / reach; null when nobody was reached. */
  conversionRate: number | null;
  /** revenue / reach; null when nobody was reached. */
  revenuePerRecipient: number | null;
  /** The share of the budget charged to these results. */
  cost: number;
  /** (revenue − cost) / cost; null without a cost. */
  roi: number | null;
}

const cents = (value: number) => Math.round(value * 100) / 100;

export function computeKpis({ reach, conversions, revenue }: ResultTotals, cost: number): KpiValues {
  return {
    reach,
    conversions,
    revenue: cents(revenue),
    conversionRate: reach > 0 ? conversions / reach : null,
    revenuePerRecipient: reach > 0 ? revenue / reach : null,
    cost: cents(cost),
    roi: cost > 0 ? (revenue - cost) / cost : null,
  };
}

/**
 * A campaign has one budget; a segment's part of it is proportional to the recipients it got
 * (reach), so per-segment costs add up to the budget and per-segment ROIs are comparable. With no
 * reach recorded at all, nothing is charged yet.
 */
export function budgetShare(budget: number, reach: number, campaignReach: number): number {
  return campaignReach > 0 ? (budget * reach) / campaignReach : 0;
}

export function addTotals(rows: readonly ResultTotals[]): ResultTotals {
  return rows.reduce(
    (sum, row) => ({
      reach: sum.reach + row.reach,
      conversions: sum.conversions + row.conversions,
      revenue: sum.revenue + row.revenue,
    }),
    {
      reach: 0,
      conversions: 0,
      revenue: 0,
    },
  );
}
