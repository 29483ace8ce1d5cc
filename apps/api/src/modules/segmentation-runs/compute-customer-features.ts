import type { CustomerAggregate } from "./read-customer-aggregates";

const msPerDay = 86_400_000;
const daysPerYear = 365.25;

/**
 * Every catalog feature of one customer at `asOfMs`, NaN where undefined (no opens…); the caller
 * fills NaN with the run's fill values. Definitions match @seglens/segmentation's
 * extractCustomerFeatures (recency and tenure in fractional days, gaps = span / (orders − 1)),
 * except the recency of a customer who never ordered: the days since sign-up, the time they have
 * gone without buying. (Filled with the stalest recency instead, someone who signed up yesterday
 * looked two years lapsed, and a run split new customers into those with and without an order.)
 */
export function computeCustomerFeatures(row: CustomerAggregate, asOfMs: number): Record<string, number> {
  const hasOrders = row.frequency > 0 && row.lastOrderMs !== null && row.firstOrderMs !== null;
  const tenureStart = row.signupMs ?? row.firstOrderMs;
  return {
    recency_days: hasOrders
      ? (asOfMs - row.lastOrderMs!) / msPerDay
      : row.signupMs === null
        ? NaN
        : (asOfMs - row.signupMs) / msPerDay,
    frequency: row.frequency,
    monetary: row.monetary,
    avg_order_value: hasOrders ? row.monetary / row.frequency : NaN,
    tenure_days: tenureStart === null ? 0 : (asOfMs - tenureStart) / msPerDay,
    mean_days_between_orders:
      row.frequency > 1 ? (row.lastOrderMs! - row.firstOrderMs!) / msPerDay / (row.frequency - 1) : NaN,
    views: row.views,
    searches: row.searches,
    add_to_carts: row.addToCarts,
    purchases: row.purchases,
    email_opens: row.emailOpens,
    email_clicks: row.emailClicks,
    cart_to_purchase_rate: row.addToCarts > 0 ? row.purchases / row.addToCarts : NaN,
    email_click_rate: row.emailOpens > 0 ? row.emailClicks / row.emailOpens : NaN,
    income: row.income ?? NaN,
    age: row.birthMs === null ? NaN : (asOfMs - row.birthMs) / msPerDay / daysPerYear,
  };
}
