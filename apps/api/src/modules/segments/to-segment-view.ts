import type { Segment as SegmentRow } from "@seglens/database";
import type {
  BasketRule,
  FeatureComparison,
  SegmentRule,
  SuggestedPlan as EngineSuggestedPlan,
} from "@seglens/segmentation";
import type { HeavySegmentColumn } from "./requested-segment-columns";
import type { Segment } from "./segment.type";

/** A segment row; its JSON columns may be left out when the query does not ask for them. */
export type SegmentRowPart = Omit<SegmentRow, HeavySegmentColumn> &
  Partial<Pick<SegmentRow, HeavySegmentColumn>>;

interface StoredProfile {
  numeric?: Record<string, unknown>;
  categorical?: Record<string, unknown>;
  histogramEdges?: Record<string, number[]>;
  overall?: { size?: number; numeric?: Record<string, unknown>; categorical?: Record<string, unknown> };
  standOut?: FeatureComparison[];
}

/** The GraphQL view of a segment row: its JSON columns decoded into typed fields (empty when not read). */
export function toSegmentView(row: SegmentRowPart): Segment {
  const profile = (row.profile ?? {}) as StoredProfile;
  const plan = (row.suggestedPlan ?? null) as EngineSuggestedPlan | null;
  return {
    id: row.id,
    runId: row.runId,
    clusterIndex: row.clusterIndex,
    name: row.name,
    description: row.description,
    archetype: row.archetype,
    size: row.size,
    share: row.share,
    centroid: Object.entries((row.centroid ?? {}) as Record<string, number>).map(([feature, value]) => ({
      feature,
      value,
    })),
    profile: {
      numeric: profile.numeric ?? {},
      categorical: profile.categorical ?? {},
      // Runs saved before these were stored with the segment have neither: the page then shows no histograms.
      ...(profile.histogramEdges && profile.overall
        ? {
            histogramEdges: profile.histogramEdges,
            overall: {
              size: profile.overall.size ?? 0,
              numeric: profile.overall.numeric ?? {},
              categorical: profile.overall.categorical ?? {},
            },
          }
        : {}),
    },
    standOut: (profile.standOut ?? []).map((comparison) => ({
      feature: comparison.feature,
      segmentMean: comparison.segmentMean,
      overallMean: comparison.overallMean,
      ratio: comparison.ratio,
      difference: comparison.difference,
      effectSize: comparison.effectSize,
    })),
    rules: ((row.rules ?? []) as unknown as SegmentRule[]).map((rule) => ({
      text: rule.text,
      // Rules saved without structured conditions read as their text alone.
      conditions: (rule.conditions ?? []).map((condition) => ({
        feature: condition.feature,
        min: condition.kind === "range" ? (condition.min ?? null) : null,
        max: condition.kind === "range" ? (condition.max ?? null) : null,
        categories: condition.kind === "in" ? condition.categories : null,
        text: condition.text,
      })),
      coverage: rule.coverage,
      precision: rule.precision,
      support: rule.support,
      matched: rule.matched,
    })),
    associationRules: (row.associationRules ?? []) as unknown as BasketRule[],
    suggestedPlan: plan
      ? {
          objective: plan.objective,
          kpi: plan.kpi.metric,
          kpiTargetText: plan.kpi.target,
          channels: plan.channels,
          offer: plan.offer,
          message: plan.message,
          budgetShare: plan.budgetShare,
          durationWeeks: plan.durationWeeks,
        }
      : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
