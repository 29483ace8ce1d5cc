import type { MarketingPlan as PlanRow, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";
import type { MarketingPlan } from "./marketing-plan.type";
import { toMarketingPlanView } from "./to-marketing-plan-view";

export async function findPlanOrThrow({
  prisma,
  id,
}: {
  prisma: Pick<PrismaClient, "marketingPlan">;
  id: string;
}): Promise<PlanRow> {
  const plan = isUuid(id) ? await prisma.marketingPlan.findUnique({ where: { id } }) : null;
  if (!plan) throw new AppError("NOT_FOUND", `Marketing plan ${id} does not exist.`);
  return plan;
}

/** The plan of a segment, or null. */
export async function getSegmentPlan({
  prisma,
  segmentId,
}: {
  prisma: PrismaClient;
  segmentId: string;
}): Promise<MarketingPlan | null> {
  const plan = await prisma.marketingPlan.findUnique({ where: { segmentId } });
  return plan ? toMarketingPlanView(plan) : null;
}
