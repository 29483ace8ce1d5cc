import type { PrismaClient } from "@seglens/database";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import { pageWindow } from "../../graphql/offset-cursor";
import type { SegmentationRunConnection } from "./segmentation-run.type";
import { toSegmentationRunView } from "./to-segmentation-run-view";

/** Runs, newest first, as a connection. */
export async function listSegmentationRuns({
  prisma,
  first,
  after,
}: {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
}): Promise<SegmentationRunConnection> {
  return readOffsetConnection({
    window: pageWindow(first, after),
    readRows: ({ skip, take }) =>
      prisma.segmentationRun.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    countRows: () => prisma.segmentationRun.count(),
    toNode: toSegmentationRunView,
  });
}
