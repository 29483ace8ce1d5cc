import type { PrismaClient } from "@seglens/database";
import type { MarketingPlanRevision } from "./marketing-plan.type";
import { findPlanOrThrow } from "./get-marketing-plan";
import { fromSnapshotJson } from "./to-marketing-plan-view";

/** Every saved version of a plan, newest first. */
export async function listPlanHistory({
  prisma,
  planId,
}: {
  prisma: PrismaClient;
  planId: string;
}): Promise<MarketingPlanRevision[]> {
  await findPlanOrThrow({ prisma, id: planId });
  const revisions = await prisma.marketingPlanRevision.findMany({
    where: { planId },
    orderBy: { id: "desc" },
  });
  return revisions.map((revision) => ({
    id: revision.id,
    snapshot: fromSnapshotJson(revision.snapshot),
    changedById: revision.changedById,
    createdAt: revision.createdAt,
  }));
}
