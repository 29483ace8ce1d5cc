import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { findRunOrThrow } from "./get-segmentation-run";
import type { MigrationMatrix } from "./segmentation-run.type";

/**
 * How many customers went from each segment of an earlier run to each segment of this one,
 * counted in SQL by joining the two runs' memberships on the customer (customers new since the
 * earlier run have fromSegmentId null). Default earlier run: the last SUCCEEDED one created before.
 */
export async function computeMigrationMatrix({
  prisma,
  runId,
  fromRunId,
}: {
  prisma: PrismaClient;
  runId: string;
  fromRunId?: string | null;
}): Promise<MigrationMatrix> {
  const run = await findRunOrThrow({ prisma, id: runId });
  let from: string | null = null;
  if (fromRunId) {
    const earlier = await findRunOrThrow({ prisma, id: fromRunId });
    if (earlier.status !== "SUCCEEDED")
      throw new AppError("BAD_USER_INPUT", "fromRunId must name a succeeded run.");
    if (earlier.id === run.id)
      throw new AppError("BAD_USER_INPUT", "fromRunId must be another run than this one.");
    from = earlier.id;
  } else {
    const previous = await prisma.segmentationRun.findFirst({
      where: { status: "SUCCEEDED", createdAt: { lt: run.createdAt }, id: { not: run.id } },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    from = previous?.id ?? null;
  }
  if (!from || run.status !== "SUCCEEDED") return { fromRunId: from, cells: [] };
  const rows = await prisma.$queryRaw<
    Array<{
      fromSegmentId: string | null;
      fromSegmentName: string | null;
      toSegmentId: string;
      toSegmentName: string;
      customers: number;
    }>
  >`
    select old_segment.id as "fromSegmentId", old_segment.name as "fromSegmentName",
           new_segment.id as "toSegmentId", new_segment.name as "toSegmentName",
           count(*)::int as customers
    from "SegmentMembership" current_membership
    join "Segment" new_segment on new_segment.id = current_membership."segmentId"
    left join "SegmentMembership" old_membership
      on old_membership."runId" = ${from}::uuid and old_membership."customerId" = current_membership."customerId"
    left join "Segment" old_segment on old_segment.id = old_membership."segmentId"
    where current_membership."runId" = ${run.id}::uuid
    group by old_segment.id, old_segment.name, old_segment."clusterIndex", new_segment.id, new_segment.name, new_segment."clusterIndex"
    order by old_segment."clusterIndex" nulls last, new_segment."clusterIndex"`;
  return { fromRunId: from, cells: rows.map((row) => ({ ...row, customers: Number(row.customers) })) };
}
