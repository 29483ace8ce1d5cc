import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findSegmentOrThrow } from "./get-segment";
import type { Segment } from "./segment.type";
import { toSegmentView } from "./to-segment-view";

/** Renames a segment or rewrites its description (the generated ones are only a start). */
export async function updateSegment({
  prisma,
  viewer,
  id,
  name,
  description,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  name?: string | null;
  description?: string | null;
  ipAddress?: string | null;
}): Promise<Segment> {
  const before = await findSegmentOrThrow({ prisma, id });
  const data: { name?: string; description?: string } = {};
  if (name !== undefined && name !== null) {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 120)
      throw new AppError("BAD_USER_INPUT", "name must be 1 to 120 characters.");
    data.name = trimmed;
  }
  if (description !== undefined && description !== null) {
    if (description.length > 2000)
      throw new AppError("BAD_USER_INPUT", "description must be at most 2000 characters.");
    data.description = description.trim();
  }
  if (Object.keys(data).length === 0)
    throw new AppError("BAD_USER_INPUT", "give a name or a description to change.");
  return prisma.$transaction(async (tx) => {
    const updated = await tx.segment.update({ where: { id }, data });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "segment.update",
      entityType: "Segment",
      entityId: id,
      details: { before: { name: before.name, description: before.description }, after: data },
      ipAddress,
    });
    return toSegmentView(updated);
  });
}
