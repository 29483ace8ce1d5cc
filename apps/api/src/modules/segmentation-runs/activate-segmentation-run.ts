import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findRunOrThrow } from "./get-segmentation-run";
import type { SegmentationRun } from "./segmentation-run.type";
import { toSegmentationRunView } from "./to-segmentation-run-view";

/** Makes a SUCCEEDED run the one active segmentation (the previous one is deactivated in the same transaction). */
export async function activateSegmentationRun({
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
  if (run.status !== "SUCCEEDED") {
    throw new AppError(
      "CONFLICT",
      `Only a succeeded run can be activated; this one is ${run.status.toLowerCase()}.`,
    );
  }
  return prisma.$transaction(async (tx) => {
    const previous = await tx.segmentationRun.findFirst({ where: { isActive: true }, select: { id: true } });
    await tx.segmentationRun.updateMany({
      where: { isActive: true, id: { not: id } },
      data: { isActive: false },
    });
    const activated = await tx.segmentationRun.update({
      where: { id },
      data: { isActive: true, activatedAt: new Date() },
    });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "segmentationRun.activate",
      entityType: "SegmentationRun",
      entityId: id,
      details: { previousRunId: previous?.id ?? null },
      ipAddress,
    });
    return toSegmentationRunView(activated);
  });
}
