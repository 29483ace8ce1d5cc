import type { PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
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
  const window = pageWindow(first, after);
  const [rows, totalCount] = await Promise.all([
    prisma.segmentationRun.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
    prisma.segmentationRun.count(),
  ]);
  const page = toConnectionPage(rows, window);
  return {
    totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    edges: page.nodes.map((row, index) => ({
      cursor: page.cursors[index],
      node: toSegmentationRunView(row),
    })),
  };
}
