import type { PrismaClient } from "@seglens/database";
import { findRunOrThrow } from "../segmentation-runs/get-segmentation-run";
import type { Segment } from "./segment.type";
import { toSegmentView } from "./to-segment-view";

/** Segments of a run (default: the active run; none when no run is active), largest first. */
export async function listSegments({ prisma, runId }: { prisma: PrismaClient; runId?: string | null }): Promise<Segment[]> {
  let id: string | undefined;
  if (runId) id = (await findRunOrThrow({ prisma, id: runId })).id;
  else id = (await prisma.segmentationRun.findFirst({ where: { isActive: true }, select: { id: true } }))?.id;
  if (!id) return [];
  const rows = await prisma.segment.findMany({ where: { runId: id }, orderBy: { clusterIndex: "asc" } });
  return rows.map(toSegmentView);
}
