import type { MarketingPlan as PlanRow } from "@seglens/database";
import type { MarketingChannel } from "./marketing-plan.input";
import type { MarketingPlan } from "./marketing-plan.type";

export function toMarketingPlanView(row: PlanRow): MarketingPlan {
  return {
    id: row.id,
    segmentId: row.segmentId,
    objective: row.objective,
    kpi: row.kpi,
    kpiTarget: row.kpiTarget,
    channels: row.channels as MarketingChannel[],
    offer: row.offer,
    message: row.message,
    budget: Number(row.budget),
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A revision snapshot: the plan as JSON with ISO dates (read back by toRevisionSnapshot). */
export function toSnapshotJson(plan: MarketingPlan): Record<string, unknown> {
  return {
    ...plan,
    startDate: plan.startDate?.toISOString() ?? null,
    endDate: plan.endDate?.toISOString() ?? null,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function fromSnapshotJson(value: unknown): MarketingPlan {
  const snapshot = value as Record<string, unknown> & MarketingPlan;
  const date = (field: unknown) => (typeof field === "string" ? new Date(field) : null);
  return {
    ...snapshot,
    startDate: date(snapshot.startDate),
    endDate: date(snapshot.endDate),
    createdAt: new Date(String(snapshot.createdAt)),
    updatedAt: new Date(String(snapshot.updatedAt)),
  };
}
