/**
 * The features a run can cluster on, all computed per customer from SQL aggregates (see
 * read-customer-aggregates.ts) by the same code for a run and for real-time assignment, so a
 * customer scored later is measured exactly as the run measured everyone.
 *
 * Names and meanings follow @seglens/segmentation's customer features (RFM etc.).
 * `fill` says what a customer without a value gets (e.g. recency of someone who never ordered):
 * "max" = the largest value seen in the run, "median" = the run's median, a number = that constant.
 */
export interface CatalogFeature {
  name: string;
  description: string;
  fill: "max" | "median" | number;
  /** Personal attributes that must not decide a segment unless the owner turns exclusion off. */
  sensitive: boolean;
}

export const customerFeatureCatalog: readonly CatalogFeature[] = [
  {
    name: "recency_days",
    description: "days since the last order (since sign-up for a customer who never ordered)",
    fill: "max",
    sensitive: false,
  },
  { name: "frequency", description: "number of orders", fill: 0, sensitive: false },
  { name: "monetary", description: "total spent", fill: 0, sensitive: false },
  { name: "avg_order_value", description: "average order total", fill: 0, sensitive: false },
  { name: "tenure_days", description: "days since sign-up (or the first order)", fill: 0, sensitive: false },
  {
    name: "mean_days_between_orders",
    description: "average days between orders",
    fill: "median",
    sensitive: false,
  },
  { name: "views", description: "product views", fill: 0, sensitive: false },
  { name: "searches", description: "searches", fill: 0, sensitive: false },
  { name: "add_to_carts", description: "add-to-cart events", fill: 0, sensitive: false },
  { name: "purchases", description: "purchase events", fill: 0, sensitive: false },
  { name: "email_opens", description: "emails opened", fill: 0, sensitive: false },
  { name: "email_clicks", description: "email links clicked", fill: 0, sensitive: false },
  { name: "cart_to_purchase_rate", description: "purchases per add-to-cart", fill: 0, sensitive: false },
  { name: "email_click_rate", description: "clicks per email opened", fill: 0, sensitive: false },
  { name: "income", description: "declared income", fill: "median", sensitive: false },
  { name: "age", description: "age in years from the birth date", fill: "median", sensitive: true },
];

/**
 * Clustered on when a run names no features: recency, frequency, money (RFM) and tenure, which every
 * shop with orders has. Not the average order value: k-means sees money and counts on a log scale,
 * where it is monetary minus frequency, so adding it would count the same spend twice.
 */
export const defaultRunFeatures: readonly string[] = ["recency_days", "frequency", "monetary", "tenure_days"];

export function catalogFeatureNames({ includeSensitive }: { includeSensitive: boolean }): string[] {
  return customerFeatureCatalog
    .filter((feature) => includeSensitive || !feature.sensitive)
    .map((feature) => feature.name);
}
