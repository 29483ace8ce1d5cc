import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findPlanOrThrow } from "./get-marketing-plan";

/** Removes a plan (and its revisions); the audit log keeps what was removed. */
export async function removeMarketingPlan({
  prisma,
  viewer,
  id,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  ipAddress?: string | null;
}): Promise<boolean> {
  const plan = await findPlanOrThrow({ prisma, id });
  await prisma.$transaction(async (tx) => {
    await tx.marketingPlan.delete({ where: { id } });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "marketingPlan.remove",
      entityType: "MarketingPlan",
      entityId: id,
      details: { segmentId: plan.segmentId, objective: plan.objective },
      ipAddress,
    });
  });
  return true;
}
