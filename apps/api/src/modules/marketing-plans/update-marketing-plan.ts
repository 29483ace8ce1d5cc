import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findPlanOrThrow } from "./get-marketing-plan";
import type { MarketingPlanInput } from "./marketing-plan.input";
import type { MarketingPlan } from "./marketing-plan.type";
import { savePlanRevision } from "./save-plan-revision";
import { toMarketingPlanView } from "./to-marketing-plan-view";
import { resolvePlanFields } from "./validate-marketing-plan";

/** Changes the given fields of a plan (the rest stay) and records the new version. */
export async function updateMarketingPlan({
  prisma,
  viewer,
  id,
  input,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  input: MarketingPlanInput;
  ipAddress?: string | null;
}): Promise<MarketingPlan> {
  const current = toMarketingPlanView(await findPlanOrThrow({ prisma, id }));
  const fields = resolvePlanFields(input, current);
  return prisma.$transaction(async (tx) => {
    const plan = await tx.marketingPlan.update({ where: { id }, data: fields });
    await savePlanRevision({ tx, plan, viewer });
    const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter(
      (key) => JSON.stringify(fields[key]) !== JSON.stringify(current[key]),
    );
    await recordAudit({
      prisma: tx,
      viewer,
      action: "marketingPlan.update",
      entityType: "MarketingPlan",
      entityId: id,
      details: { changed },
      ipAddress,
    });
    return toMarketingPlanView(plan);
  });
}
