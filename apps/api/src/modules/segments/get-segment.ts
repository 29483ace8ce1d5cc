import type { PrismaClient, Segment as SegmentRow } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";
import type { Segment } from "./segment.type";
import { toSegmentView } from "./to-segment-view";

export async function findSegmentOrThrow({
  prisma,
  id,
}: {
  prisma: Pick<PrismaClient, "segment">;
  id: string;
}): Promise<SegmentRow> {
  // Segments of a run that has not succeeded (still writing its memberships) do not exist yet for anyone.
  const segment = isUuid(id)
    ? await prisma.segment.findFirst({ where: { id, run: { status: "SUCCEEDED" } } })
    : null;
  if (!segment) throw new AppError("NOT_FOUND", `Segment ${id} does not exist.`);
  return segment;
}

export async function getSegment({ prisma, id }: { prisma: PrismaClient; id: string }): Promise<Segment> {
  return toSegmentView(await findSegmentOrThrow({ prisma, id }));
}
