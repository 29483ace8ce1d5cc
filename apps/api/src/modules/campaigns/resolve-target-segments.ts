import type { Prisma } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";

/** More than this many segments is not a campaign, it is everyone. */
const maxSegments = 50;

/**
 * Checks the segments a campaign is to target and returns them de-duplicated. Each must exist and,
 * if newly added, belong to the active run: targeting a superseded segmentation by accident would
 * reach a stale audience. Segments the campaign already targets may stay after a new run becomes
 * active, so a running campaign keeps its audience; the audience counts a customer in two runs' segments once.
 */
export async function resolveTargetSegments({
  tx,
  segmentIds,
  keepSegmentIds = [],
}: {
  tx: Prisma.TransactionClient;
  segmentIds: readonly string[];
  keepSegmentIds?: readonly string[];
}): Promise<string[]> {
  const unique = [...new Set(segmentIds)];
  if (unique.length === 0) throw new AppError("BAD_USER_INPUT", "segmentIds must name at least one segment.");
  if (unique.length > maxSegments)
    throw new AppError("BAD_USER_INPUT", `segmentIds may name at most ${maxSegments} segments.`);
  const malformed = unique.find((id) => !isUuid(id));
  if (malformed !== undefined) throw new AppError("NOT_FOUND", `Segment ${malformed} does not exist.`);

  const found = await tx.segment.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, run: { select: { isActive: true } } },
  });
  const byId = new Map(found.map((segment) => [segment.id, segment]));
  const missing = unique.find((id) => !byId.has(id));
  if (missing !== undefined) throw new AppError("NOT_FOUND", `Segment ${missing} does not exist.`);

  const kept = new Set(keepSegmentIds);
  const stale = unique
    .map((id) => byId.get(id)!)
    .find((segment) => !segment.run.isActive && !kept.has(segment.id));
  if (stale) {
    throw new AppError(
      "BAD_USER_INPUT",
      `Segment "${stale.name}" (${stale.id}) is not in the active segmentation run; pick segments of the active run.`,
    );
  }
  return unique;
}
