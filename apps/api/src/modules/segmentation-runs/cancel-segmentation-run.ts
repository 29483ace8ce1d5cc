import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findRunOrThrow } from "./get-segmentation-run";
import type { SegmentationRun } from "./segmentation-run.type";
import { toSegmentationRunView } from "./to-segmentation-run-view";

/**
 * A QUEUED run is cancelled at once (its job will find it no longer queued); a RUNNING one gets
 * cancelRequested, which its worker polls and turns into an abort. Finished runs cannot be cancelled.
 */
export async function cancelSegmentationRun({
  prisma,
  viewer,
  id,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  ipAddress?: string | null;
}): Promise<SegmentationRun> {
  const run = await findRunOrThrow({ prisma, id });
  return prisma.$transaction(async (tx) => {
    const queued = await tx.segmentationRun.updateMany({
      where: { id, status: "QUEUED" },
      data: { status: "CANCELLED", stage: "cancelled", cancelRequested: true, finishedAt: new Date() },
    });
    if (queued.count === 0) {
      const running = await tx.segmentationRun.updateMany({
        where: { id, status: "RUNNING" },
        data: { cancelRequested: true },
      });
      if (running.count === 0) {
        throw new AppError(
          "CONFLICT",
          `The run is already ${run.status.toLowerCase()}; only queued or running runs can be cancelled.`,
        );
      }
    }
    await recordAudit({
      prisma: tx,
      viewer,
      action: "segmentationRun.cancel",
      entityType: "SegmentationRun",
      entityId: id,
      ipAddress,
    });
    return toSegmentationRunView(await tx.segmentationRun.findUniqueOrThrow({ where: { id } }));
  });
}
