import type { ImportJob, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The import with this id, or NOT_FOUND (also for ids that are not UUIDs). */
export async function findImportJob({
  prisma,
  importId,
}: {
  prisma: PrismaClient;
  importId: string;
}): Promise<ImportJob> {
  const job = uuidShape.test(importId)
    ? await prisma.importJob.findUnique({ where: { id: importId } })
    : null;
  if (!job) throw new AppError("NOT_FOUND", `Import ${importId} does not exist.`);
  return job;
}
