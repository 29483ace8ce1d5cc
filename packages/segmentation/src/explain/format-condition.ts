import type { RuleCondition } from "./explanation-types";
import type { FeatureMeta } from "./tree-columns";

/**
 * Numbers for people: at most 4 significant digits, no trailing zeros, thousands separated
 * by a thin comma ("12,500", "0.8", "2.45"). Rounded for reading only; the exact bounds stay
 * in RuleCondition.min / max.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 10000 ? Math.round(value) : Number(value.toPrecision(4));
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/**
 * "lower < x ≤ upper" as people read it. For whole-number features, "x > 5.5" becomes "x ≥ 6" and
 * "x ≤ 5.5" becomes "x ≤ 5", and a range collapsing to one value reads "x = 3".
 */
export function describeRange(meta: FeatureMeta, min: number | undefined, max: number | undefined): string {
  const name = meta.name;
  if (meta.integer) {
    const low = min === undefined ? undefined : Math.floor(min) + 1;
    const high = max === undefined ? undefined : Math.floor(max);
    if (low !== undefined && high !== undefined) {
      return low === high
        ? `${name} = ${formatNumber(low)}`
        : `${formatNumber(low)} ≤ ${name} ≤ ${formatNumber(high)}`;
    }
    if (low !== undefined) return `${name} ≥ ${formatNumber(low)}`;
    if (high !== undefined) return `${name} ≤ ${formatNumber(high)}`;
    return `any ${name}`;
  }
  if (min !== undefined && max !== undefined) return `${formatNumber(min)} < ${name} ≤ ${formatNumber(max)}`;
  if (min !== undefined) return `${name} > ${formatNumber(min)}`;
  if (max !== undefined) return `${name} ≤ ${formatNumber(max)}`;
  return `any ${name}`;
}

/** "city is Paris or Lyon"; when the allowed list is the longer one, "city is not Nice" / "city is none of Nice, Lille". */
export function describeCategories(meta: FeatureMeta, allowed: readonly string[]): string {
  const all = meta.categories ?? [];
  const excluded = all.filter((name) => !allowed.includes(name));
  if (excluded.length > 0 && excluded.length < allowed.length) {
    return excluded.length === 1
      ? `${meta.name} is not ${excluded[0]}`
      : `${meta.name} is none of ${excluded.join(", ")}`;
  }
  if (allowed.length === 1) return `${meta.name} is ${allowed[0]}`;
  return `${meta.name} is ${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`;
}

export function joinConditions(conditions: readonly RuleCondition[]): string {
  return conditions.length === 0
    ? "all customers"
    : conditions.map((condition) => condition.text).join(" and ");
}
