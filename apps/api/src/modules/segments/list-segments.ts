import type { PrismaClient } from "@seglens/database";
import type { Pool } from "pg";
import { findRunOrThrow } from "../segmentation-runs/get-segmentation-run";
import {
  heavySegmentColumns,
  requestedSegmentColumns,
  type HeavySegmentColumn,
} from "./requested-segment-columns";
import type { Segment } from "./segment.type";
import { toSegmentView, type SegmentRowPart } from "./to-segment-view";

/**
 * Segments of a run (default: the active run; none when no run is active or the run has not succeeded), by
 * cluster index. Only the JSON columns in `columns` are read (default: all); the others come back empty, so
 * pass what the query asks for (requestedSegmentColumns). The API's busiest read: one statement on the read pool (see createReadPool).
 */
export async function listSegments({
  prisma,
  readPool,
  runId,
  columns = requestedSegmentColumns(),
}: {
  prisma: PrismaClient;
  readPool: Pool;
  runId?: string | null;
  columns?: ReadonlySet<HeavySegmentColumn>;
}): Promise<Segment[]> {
  // A run that has not succeeded has no segments to show, even while it is writing them (see saveRunResult);
  // the active run has always succeeded.
  const ofRun = runId
    ? `(select r.id from "SegmentationRun" r where r.id = $1::uuid and r.status = 'SUCCEEDED')`
    : `(select r.id from "SegmentationRun" r where r."isActive")`;
  const values = runId ? [(await findRunOrThrow({ prisma, id: runId })).id] : [];
  // Column names come from the fixed list of heavy columns, never from the request.
  const heavy = heavySegmentColumns.filter((column) => columns.has(column));
  // Unnamed statements: the embedded PGlite serves every connection from one session, where a named statement
  // prepared by one pool connection already exists for the next (and naming saved only ~0.03 ms a query).
  const { rows } = await readPool.query<SegmentRowPart>({
    text: `select s.id, s."runId", s."clusterIndex", s.name, s.description, s.archetype, s.size, s.share,
                  s."createdAt", s."updatedAt"${heavy.map((column) => `, s."${column}"`).join("")}
           from "Segment" s where s."runId" = ${ofRun} order by s."clusterIndex"`,
    values,
  });
  return rows.map(toSegmentView);
}
