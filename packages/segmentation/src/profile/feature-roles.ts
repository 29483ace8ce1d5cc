/**
 * The business meaning of a feature column, so the playbook can speak of "recent" or "big spenders"
 * whatever the columns are called. Recency is "days since the last order" (lower = more recent).
 */
export type FeatureRole =
  "recency" | "frequency" | "monetary" | "averageOrderValue" | "tenure" | "discountShare";

export type FeatureRoles = Partial<Record<FeatureRole, string>>;

// Names produced by src/features (recency_days, frequency, monetary, avg_order_value, tenure_days)
// come first; the rest are the usual spellings of hand-made CSVs.
const ROLE_PATTERNS: ReadonlyArray<[FeatureRole, RegExp]> = [
  ["recency", /^(recency(_days)?|days_since_last(_order|_purchase)?|last_order_days(_ago)?)$/i],
  ["frequency", /^(frequency|orders|order_count|num_orders|n_orders|purchases_count)$/i],
  ["monetary", /^(monetary|spend|total_spend|total_spent|revenue|total_revenue|lifetime_value|ltv)$/i],
  ["averageOrderValue", /^(avg_order_value|average_order_value|aov|mean_order_value)$/i],
  ["tenure", /^(tenure(_days)?|customer_age_days|days_since_first(_order|_signup)?)$/i],
  ["discountShare", /^(discount_share|discount_rate|share_discounted|discounted_share|coupon_rate)$/i],
];

/** Roles recognised from column names; explicit roles passed by the caller win. */
export function detectFeatureRoles(
  featureNames: readonly string[],
  explicit: FeatureRoles = {},
): FeatureRoles {
  const roles: FeatureRoles = {};
  for (const [role, pattern] of ROLE_PATTERNS) {
    const name = featureNames.find((feature) => pattern.test(feature));
    if (name !== undefined) roles[role] = name;
  }
  for (const [role, name] of Object.entries(explicit) as Array<[FeatureRole, string | undefined]>) {
    if (name !== undefined && featureNames.includes(name)) roles[role] = name;
  }
  return roles;
}

/** Words used in names and descriptions for a role's feature. */
export const ROLE_WORDS: Readonly<Record<FeatureRole, string>> = {
  recency: "days since last order",
  frequency: "orders",
  monetary: "spend",
  averageOrderValue: "order value",
  tenure: "tenure",
  discountShare: "discount use",
};
