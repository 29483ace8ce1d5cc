import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findSegmentOrThrow } from "../segments/get-segment";
import type { MarketingPlanInput } from "./marketing-plan.input";
import type { MarketingPlan } from "./marketing-plan.type";
import { savePlanRevision } from "./save-plan-revision";
import { toMarketingPlanView } from "./to-marketing-plan-view";
import { resolvePlanFields } from "./validate-marketing-plan";

/** Attaches a plan to a segment that has none (one plan per segment). */
export async function attachMarketingPlan({
  prisma,
  viewer,
  segmentId,
  input,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  segmentId: string;
  input: MarketingPlanInput;
  ipAddress?: string | null;
}): Promise<MarketingPlan> {
  await findSegmentOrThrow({ prisma, id: segmentId });
  const fields = resolvePlanFields(input, null);
  const existing = await prisma.marketingPlan.findUnique({ where: { segmentId }, select: { id: true } });
  if (existing)
    throw new AppError("CONFLICT", "The segment already has a marketing plan; update or remove it.");
  return prisma.$transaction(async (tx) => {
    const plan = await tx.marketingPlan.create({ data: { segmentId, ...fields } });
    await savePlanRevision({ tx, plan, viewer });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "marketingPlan.attach",
      entityType: "MarketingPlan",
      entityId: plan.id,
      details: { segmentId, objective: fields.objective, status: fields.status },
      ipAddress,
    });
    return toMarketingPlanView(plan);
  });
}
