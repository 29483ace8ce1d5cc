import { Prisma, type PrismaClient } from "@seglens/database";
import { findRunOrThrow } from "../segmentation-runs/get-segmentation-run";
import {
  heavySegmentColumns,
  requestedSegmentColumns,
  type HeavySegmentColumn,
} from "./requested-segment-columns";
import type { Segment } from "./segment.type";
import { toSegmentView, type SegmentRowPart } from "./to-segment-view";

/**
 * Segments of a run (default: the active run; none when no run is active), by cluster index. Only the JSON
 * columns in `columns` are read (default: all); the others come back empty, so pass what the query asks
 * for (requestedSegmentColumns). One SQL statement: the segment list is the API's busiest read, and Prisma's
 * query building cost more CPU than the database did (0.8 ms against 0.2 ms per call, measured).
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
  const ofRun = runId
    ? Prisma.sql`s."runId" = ${(await findRunOrThrow({ prisma, id: runId })).id}::uuid`
    : Prisma.sql`s."runId" = (select r.id from "SegmentationRun" r where r."isActive")`;
  // Column names come from the fixed list of heavy columns, never from the request.
  const heavy = heavySegmentColumns
    .filter((column) => columns.has(column))
    .map((column) => `, s."${column}"`);
  const rows = await prisma.$queryRaw<SegmentRowPart[]>`
    select s.id, s."runId", s."clusterIndex", s.name, s.description, s.archetype, s.size, s.share,
           s."createdAt", s."updatedAt"${Prisma.raw(heavy.join(""))}
    from "Segment" s
    where ${ofRun}
    order by s."clusterIndex"`;
  return rows.map(toSegmentView);
}
