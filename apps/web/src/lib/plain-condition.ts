import { humaniseName } from "./format";
import { runFeatureGroups } from "./run-features";

const labels = new Map(
  runFeatureGroups.flatMap((group) =>
    group.features.map((feature) => [feature.name, feature.label] as const),
  ),
);

/** A feature as people say it: the run form's label ("Number of orders"), else its name in words. */
export function featureLabel(feature: string): string {
  return labels.get(feature) ?? humaniseName(feature);
}

/**
 * A condition the API wrote with the feature's technical name ("recency_days ≤ 30") in plain words
 * ("Days since the last order ≤ 30"); other text in it is kept as it is.
 */
export function plainCondition(feature: string, condition: string): string {
  const escaped = feature.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(^|[^A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, "g");
  return condition.replace(pattern, (_, before: string) => `${before}${featureLabel(feature)}`);
}

/** The feature an engine condition is about: its first known feature name (tree conditions name one). */
export function conditionFeature(condition: string, features: readonly string[]): string | null {
  for (const feature of features) if (plainCondition(feature, condition) !== condition) return feature;
  return null;
}

/** A rule the API wrote ("frequency ≥ 6 and monetary > 120") with every catalog feature in words. */
export function plainRule(text: string): string {
  return [...labels.keys()].reduce((result, feature) => plainCondition(feature, result), text);
}
