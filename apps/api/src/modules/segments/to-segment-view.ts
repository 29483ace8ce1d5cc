import type { Segment as SegmentRow } from "@seglens/database";
import type { BasketRule, FeatureComparison, SegmentRule, SuggestedPlan as EngineSuggestedPlan } from "@seglens/segmentation";
import type { Segment } from "./segment.type";

interface StoredProfile {
  numeric?: Record<string, unknown>;
  categorical?: Record<string, unknown>;
  standOut?: FeatureComparison[];
}

/** The GraphQL view of a segment row: its JSON columns decoded into typed fields. */
export function toSegmentView(row: SegmentRow): Segment {
  const profile = (row.profile ?? {}) as StoredProfile;
  const plan = row.suggestedPlan as EngineSuggestedPlan | null;
  return {
    id: row.id,
    runId: row.runId,
    clusterIndex: row.clusterIndex,
    name: row.name,
    description: row.description,
    archetype: row.archetype,
    size: row.size,
    share: row.share,
    centroid: Object.entries((row.centroid ?? {}) as Record<string, number>).map(([feature, value]) => ({ feature, value })),
    profile: { numeric: profile.numeric ?? {}, categorical: profile.categorical ?? {} },
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
