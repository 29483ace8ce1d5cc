import type { Prisma, MarketingPlan as PlanRow } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { actingUserId } from "../../graphql/viewer";
import { toMarketingPlanView, toSnapshotJson } from "./to-marketing-plan-view";

/** Every save of a plan leaves a revision with the full plan as saved, in the same transaction. */
export async function savePlanRevision({
  tx,
  plan,
  viewer,
}: {
  tx: Prisma.TransactionClient;
  plan: PlanRow;
  viewer: Viewer;
}): Promise<void> {
  await tx.marketingPlanRevision.create({
    data: {
      planId: plan.id,
      snapshot: toSnapshotJson(toMarketingPlanView(plan)) as Prisma.InputJsonObject,
      changedById: actingUserId(viewer),
    },
  });
}
