// Rule and tree conditions written from their structured bounds, so a threshold reads in the
// feature's unit ("Total spent > €7.90", "Days since the last order ≤ 30.5 days"). Features without
// a unit keep the engine's own wording (it already writes whole-number features as "≥ 6").
import { formatCurrency, formatNumber } from "./format";
import { featureLabel, plainCondition, plainRule } from "./plain-condition";
import { featureUnit } from "./run-features";

export interface RangeCondition {
  feature: string;
  /** Exclusive lower bound (value > min), null when unbounded below. */
  min: number | null;
  /** Inclusive upper bound (value ≤ max), null when unbounded above. */
  max: number | null;
}

export interface TextCondition extends RangeCondition {
  /** The engine's wording with the technical feature name ("monetary > 7.9"). */
  text: string;
}

/** A feature's value in its unit: money in `currency`, days as days, else a plain number. */
export function formatFeatureValue(
  feature: string,
  value: number,
  currency: string,
  locale?: string,
): string {
  const unit = featureUnit(feature);
  if (unit === "money") return formatCurrency(value, currency, locale);
  if (unit === "days") return `${formatNumber(value, 1, locale)} ${value === 1 ? "day" : "days"}`;
  return formatNumber(value, 2, locale);
}

/**
 * A chart axis's title with the currency its compact tick numbers are in ("Total spent, in EUR").
 * Day features already say "days" in their label.
 */
export function featureAxisLabel(feature: string, currency: string): string {
  const label = featureLabel(feature);
  return featureUnit(feature) === "money" ? `${label}, in ${currency}` : label;
}

/** "€5.00 < Total spent ≤ €7.90" from the bounds; "Any total spent" when there are none. */
export function rangeConditionText(condition: RangeCondition, currency: string, locale?: string): string {
  const label = featureLabel(condition.feature);
  const value = (bound: number) => formatFeatureValue(condition.feature, bound, currency, locale);
  const { min, max } = condition;
  if (min !== null && max !== null) return `${value(min)} < ${label} ≤ ${value(max)}`;
  if (min !== null) return `${label} > ${value(min)}`;
  if (max !== null) return `${label} ≤ ${value(max)}`;
  return `Any ${label.toLowerCase()}`;
}

/** One rule condition for people: from its bounds when the feature has a unit, else the engine's words. */
export function conditionText(condition: TextCondition, currency: string, locale?: string): string {
  const bounded = condition.min !== null || condition.max !== null;
  return bounded && featureUnit(condition.feature) !== null
    ? rangeConditionText(condition, currency, locale)
    : plainCondition(condition.feature, condition.text);
}

/** A whole rule for people; rules without structured conditions (saved before them) as their text in words. */
export function ruleText(
  rule: { text: string; conditions: readonly TextCondition[] },
  currency: string,
  locale?: string,
): string {
  if (rule.conditions.length === 0) return plainRule(rule.text);
  return rule.conditions.map((condition) => conditionText(condition, currency, locale)).join(" and ");
}

/**
 * The condition leading into a tree node: the parent's numeric split on a feature with a unit is
 * written from its threshold (the first child takes values ≤ threshold, the second the rest);
 * any other condition keeps the engine's words with the feature named for people.
 */
export function treeConditionText(
  condition: string | null,
  parent: { feature: string | null; threshold: number | null } | null,
  firstChild: boolean,
  currency: string,
  locale?: string,
): string {
  if (condition === null) return "All customers";
  if (!parent?.feature) return condition;
  if (parent.threshold !== null && featureUnit(parent.feature) !== null) {
    const bound = parent.threshold;
    return rangeConditionText(
      { feature: parent.feature, min: firstChild ? null : bound, max: firstChild ? bound : null },
      currency,
      locale,
    );
  }
  return plainCondition(parent.feature, condition);
}
