import { BIG_SPEND_RATIO, type ArchetypeId, type MarketingPlan } from "./archetype-playbook";
import type { FeatureComparison } from "./compare-to-overall";
import { ROLE_WORDS, type FeatureRole, type FeatureRoles } from "./feature-roles";
import { matchArchetype } from "./match-archetype";
import type { SegmentProfile, SegmentProfiles } from "./profile-segments";

export interface SuggestedPlan extends MarketingPlan {
  /** This segment's share of the marketing budget: its archetype weight over the run's total. */
  budgetShare: number;
}

export interface SegmentIdentity {
  id: number;
  /** Short and unique within the run, e.g. "Champions" or "High petal length, low sepal width". */
  name: string;
  /** One sentence with real numbers, e.g. "Champions: 3.1× average spend, ordered in the last 2 weeks." */
  description: string;
  archetype: ArchetypeId | null;
  plan: SuggestedPlan | null;
}

const MAX_PHRASES = 3;

/** Names, descriptions, archetypes and plans for every segment; deterministic (no clock, no randomness). */
export function nameSegments(profiles: SegmentProfiles, roles: FeatureRoles): SegmentIdentity[] {
  const roleOf = new Map<string, FeatureRole>(
    (Object.entries(roles) as Array<[FeatureRole, string]>).map(([role, feature]) => [feature, role]),
  );
  const drafts = profiles.segments.map((segment) => {
    const archetype = matchArchetype(segment, profiles, roles);
    // "Regulars" is the catch-all: a segment that still stands out on something is named by it.
    const useLabel = archetype !== null && !(archetype.id === "regulars" && segment.standOut.length > 0);
    const bigSpender = spendRatio(segment, profiles, roles) >= BIG_SPEND_RATIO;
    const label = bigSpender && archetype?.bigSpenderLabel ? archetype.bigSpenderLabel : archetype?.label;
    return {
      segment,
      archetype,
      name: useLabel && label ? label : nameFromStandOut(segment.standOut, roleOf),
    };
  });
  const names = uniqueNames(
    drafts.map((draft) => ({ name: draft.name, standOut: draft.segment.standOut })),
    roleOf,
  );
  const totalWeight = drafts.reduce((sum, draft) => sum + (draft.archetype?.plan.budgetWeight ?? 0), 0);
  return drafts.map((draft, s) => ({
    id: draft.segment.id,
    name: names[s],
    description: `${names[s]}: ${describe(draft.segment, profiles, roleOf)}.`,
    archetype: draft.archetype?.id ?? null,
    plan: draft.archetype
      ? {
          ...draft.archetype.plan,
          channels: [...draft.archetype.plan.channels],
          kpi: { ...draft.archetype.plan.kpi },
          budgetShare: round(draft.archetype.plan.budgetWeight / totalWeight, 4),
        }
      : null,
  }));
}

function spendRatio(segment: SegmentProfile, profiles: SegmentProfiles, roles: FeatureRoles): number {
  const feature = roles.monetary ?? roles.averageOrderValue;
  if (feature === undefined) return 0;
  const overall = profiles.overall.numeric[feature].mean;
  return overall > 0 ? segment.numeric[feature].mean / overall : 0;
}

function wordsFor(feature: string, roleOf: Map<string, FeatureRole>): string {
  const role = roleOf.get(feature);
  return role ? ROLE_WORDS[role] : feature.replace(/[_-]+/g, " ").trim();
}

function nameFromStandOut(standOut: readonly FeatureComparison[], roleOf: Map<string, FeatureRole>): string {
  if (standOut.length === 0) return "Average customers";
  const parts = standOut
    .slice(0, 2)
    .map((c) => `${c.effectSize > 0 ? "high" : "low"} ${wordsFor(c.feature, roleOf)}`);
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Later duplicates get the first stand-out trait their name lacks, then a number. */
function uniqueNames(
  drafts: ReadonlyArray<{ name: string; standOut: readonly FeatureComparison[] }>,
  roleOf: Map<string, FeatureRole>,
): string[] {
  const used = new Set<string>();
  return drafts.map(({ name, standOut }) => {
    let candidate = name;
    for (const comparison of standOut) {
      if (!used.has(candidate)) break;
      const trait = `${comparison.effectSize > 0 ? "high" : "low"} ${wordsFor(comparison.feature, roleOf)}`;
      if (!name.toLowerCase().includes(trait)) candidate = `${name} (${trait})`;
    }
    for (let suffix = 2; used.has(candidate); suffix++) candidate = `${name} ${suffix}`;
    used.add(candidate);
    return candidate;
  });
}

function describe(
  segment: SegmentProfile,
  profiles: SegmentProfiles,
  roleOf: Map<string, FeatureRole>,
): string {
  const phrases = segment.standOut
    .slice(0, MAX_PHRASES)
    .map((comparison) => phrase(comparison, segment, profiles, roleOf));
  const size = `${segment.size} customers (${formatPercent(segment.share)})`;
  return phrases.length === 0
    ? `${size}, close to the average on every feature`
    : `${phrases.join(", ")}; ${size}`;
}

function phrase(
  comparison: FeatureComparison,
  segment: SegmentProfile,
  profiles: SegmentProfiles,
  roleOf: Map<string, FeatureRole>,
): string {
  const role = roleOf.get(comparison.feature);
  if (role === "recency") {
    const median = segment.numeric[comparison.feature].median;
    const overall = profiles.overall.numeric[comparison.feature].median;
    return recencyPhrase(median, overall);
  }
  const words = wordsFor(comparison.feature, roleOf);
  const { ratio } = comparison;
  if (ratio !== null && ratio > 0 && comparison.overallMean > 0) {
    if (ratio >= 1.5) return `${formatNumber(ratio, 1)}× average ${words}`;
    const percent = Math.round(Math.abs(ratio - 1) * 100);
    // Counted things (orders, purchases, visits: plural words) are "fewer"; amounts (spend, tenure) "less".
    const below = words.endsWith("s") ? "fewer" : "less";
    return `${percent}% ${ratio > 1 ? "more" : below} ${words} than average`;
  }
  return `${words} ${formatNumber(comparison.segmentMean, 2)} vs ${formatNumber(comparison.overallMean, 2)} overall`;
}

function recencyPhrase(medianDays: number, overallMedianDays: number): string {
  const windows: Array<[number, string]> = [
    [7, "the last week"],
    [14, "the last 2 weeks"],
    [31, "the last month"],
    [92, "the last 3 months"],
  ];
  const window = windows.find(([days]) => medianDays <= days);
  if (window && medianDays < overallMedianDays)
    return `ordered in ${window[1]} (median ${Math.round(medianDays)} days)`;
  return `no order for a median ${Math.round(medianDays)} days (vs ${Math.round(overallMedianDays)} overall)`;
}

function formatNumber(value: number, digits: number): string {
  return String(round(value, digits));
}

function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
