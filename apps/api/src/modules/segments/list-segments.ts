import type { PrismaClient } from "@seglens/database";
import { findRunOrThrow } from "../segmentation-runs/get-segmentation-run";
import { requestedSegmentColumns, type HeavySegmentColumn } from "./requested-segment-columns";
import type { Segment } from "./segment.type";
import { toSegmentView } from "./to-segment-view";

/**
 * Segments of a run (default: the active run; none when no run is active), largest first. Only the JSON
 * columns in `columns` are read (default: all); the others come back empty, so pass what the query asks
 * for (requestedSegmentColumns). The active run's segments are read in one statement.
 */
export async function listSegments({
  prisma,
  runId,
  columns = requestedSegmentColumns(),
}: {
  prisma: PrismaClient;
  runId?: string | null;
  columns?: ReadonlySet<HeavySegmentColumn>;
}): Promise<Segment[]> {
  const where = runId
    ? { runId: (await findRunOrThrow({ prisma, id: runId })).id }
    : { run: { isActive: true } };
  const rows = await prisma.segment.findMany({
    where,
    orderBy: { clusterIndex: "asc" },
    select: {
      id: true,
      runId: true,
      clusterIndex: true,
      name: true,
      description: true,
      archetype: true,
      size: true,
      share: true,
      createdAt: true,
      updatedAt: true,
      centroid: columns.has("centroid"),
      profile: columns.has("profile"),
      rules: columns.has("rules"),
      associationRules: columns.has("associationRules"),
      suggestedPlan: columns.has("suggestedPlan"),
    },
  });
  return rows.map(toSegmentView);
}
