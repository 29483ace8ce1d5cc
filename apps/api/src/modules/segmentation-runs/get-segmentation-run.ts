import type { PrismaClient, SegmentationRun as RunRow } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { SegmentationRun } from "./segmentation-run.type";
import { toSegmentationRunView } from "./to-segmentation-run-view";

/** The run row or NOT_FOUND (ids that are not UUIDs are simply unknown). */
export async function findRunOrThrow({
  prisma,
  id,
}: {
  prisma: Pick<PrismaClient, "segmentationRun">;
  id: string;
}): Promise<RunRow> {
  const run = isUuid(id) ? await prisma.segmentationRun.findUnique({ where: { id } }) : null;
  if (!run) throw new AppError("NOT_FOUND", `Segmentation run ${id} does not exist.`);
  return run;
}

export async function getSegmentationRun({
  prisma,
  id,
}: {
  prisma: PrismaClient;
  id: string;
}): Promise<SegmentationRun> {
  return toSegmentationRunView(await findRunOrThrow({ prisma, id }));
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
