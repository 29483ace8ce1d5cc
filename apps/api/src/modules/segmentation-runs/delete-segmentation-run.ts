import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findRunOrThrow } from "./get-segmentation-run";

/** Deletes a finished run with its segments, memberships and plans; never the active one, never one still working. */
export async function deleteSegmentationRun({
  prisma,
  viewer,
  id,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  ipAddress?: string | null;
}): Promise<boolean> {
  const run = await findRunOrThrow({ prisma, id });
  if (run.isActive)
    throw new AppError("CONFLICT", "The active segmentation cannot be deleted; activate another run first.");
  if (run.status === "QUEUED" || run.status === "RUNNING") {
    throw new AppError("CONFLICT", "The run is still working; cancel it first.");
  }
  await prisma.$transaction(async (tx) => {
    // The condition repeats the checks so a concurrent activation cannot slip in between.
    const deleted = await tx.segmentationRun.deleteMany({
      where: { id, isActive: false, status: { notIn: ["QUEUED", "RUNNING"] } },
    });
    if (deleted.count === 0)
      throw new AppError("CONFLICT", "The run changed meanwhile; reload and try again.");
    await recordAudit({
      prisma: tx,
      viewer,
      action: "segmentationRun.delete",
      entityType: "SegmentationRun",
      entityId: id,
      details: { name: run.name, status: run.status },
      ipAddress,
    });
  });
  return true;
}
