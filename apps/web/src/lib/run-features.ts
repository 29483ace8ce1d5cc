// The features a run can cluster on, grouped for the form. Names match the API's feature catalog
// (apps/api/src/modules/segmentation-runs/customer-feature-catalog.ts); `sensitive` ones are
// personal attributes that should not decide a segment unless the owner says so.
export interface RunFeature {
  name: string;
  label: string;
  sensitive: boolean;
  /** Money in the shop's currency, or a number of days; plain numbers otherwise. */
  unit?: FeatureUnit;
}

export type FeatureUnit = "money" | "days";

export interface RunFeatureGroup {
  title: string;
  features: RunFeature[];
}

export const runFeatureGroups: RunFeatureGroup[] = [
  {
    title: "RFM (recency, frequency, money)",
    features: [
      { name: "recency_days", unit: "days", label: "Days since the last order", sensitive: false },
      { name: "frequency", label: "Number of orders", sensitive: false },
      { name: "monetary", unit: "money", label: "Total spent", sensitive: false },
      { name: "avg_order_value", unit: "money", label: "Average order value", sensitive: false },
      { name: "tenure_days", unit: "days", label: "Days since sign-up", sensitive: false },
      {
        name: "mean_days_between_orders",
        unit: "days",
        label: "Average days between orders",
        sensitive: false,
      },
    ],
  },
  {
    title: "Behaviour",
    features: [
      { name: "views", label: "Product views", sensitive: false },
      { name: "searches", label: "Searches", sensitive: false },
      { name: "add_to_carts", label: "Add-to-cart events", sensitive: false },
      { name: "purchases", label: "Purchase events", sensitive: false },
      { name: "email_opens", label: "Emails opened", sensitive: false },
      { name: "email_clicks", label: "Email links clicked", sensitive: false },
      { name: "cart_to_purchase_rate", label: "Purchases per add-to-cart", sensitive: false },
      { name: "email_click_rate", label: "Clicks per email opened", sensitive: false },
    ],
  },
  {
    title: "Demographics",
    features: [
      { name: "income", label: "Declared income", sensitive: false },
      { name: "age", label: "Age", sensitive: true },
    ],
  },
];

/** The API's default selection (recency, frequency, money, tenure). */
export const defaultRunFeatures: readonly string[] = ["recency_days", "frequency", "monetary", "tenure_days"];

/** The unit a feature's values are in, when it has one people expect to see. */
export function featureUnit(name: string): FeatureUnit | null {
  for (const group of runFeatureGroups) {
    const feature = group.features.find((item) => item.name === name);
    if (feature) return feature.unit ?? null;
  }
  return null;
}

export function isSensitiveFeature(name: string): boolean {
  return runFeatureGroups.some((group) =>
    group.features.some((feature) => feature.name === name && feature.sensitive),
  );
}

export interface RunSettings {
  name: string;
  features: readonly string[];
  kMode: "fixed" | "auto";
  k: number;
  kMin: number;
  kMax: number;
}

/** Problems with a run's settings, as sentences (empty when it can start). */
export function validateRunSettings(settings: RunSettings): string[] {
  const problems: string[] = [];
  if (settings.name.trim() === "") problems.push("Give the run a name.");
  if (settings.features.length < 2) problems.push("Choose at least two features.");
  if (settings.kMode === "fixed" && (!Number.isInteger(settings.k) || settings.k < 2 || settings.k > 20)) {
    problems.push("The number of segments must be a whole number from 2 to 20.");
  }
  if (settings.kMode === "auto") {
    if (
      !Number.isInteger(settings.kMin) ||
      !Number.isInteger(settings.kMax) ||
      settings.kMin < 2 ||
      settings.kMax > 20
    ) {
      problems.push("The range of segments must be whole numbers from 2 to 20.");
    } else if (settings.kMin >= settings.kMax) {
      problems.push("The smallest number of segments must be below the largest.");
    }
  }
  return problems;
}
