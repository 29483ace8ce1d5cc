import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findImportJob } from "./find-import-job";
import { checkMapping, readStoredMapping, type ImportMapping } from "./import-mapping";
import type { ImportColumnMappingInput } from "./import.input";
import type { ImportJob } from "./import.type";
import { toImportJobNode } from "./to-import-job-node";

/** Overrides the mapping of columns given (others keep theirs) before the import starts. */
export async function updateImportMapping({
  prisma,
  viewer,
  importId,
  mapping,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  importId: string;
  mapping: ImportColumnMappingInput[];
}): Promise<ImportJob> {
  const job = await findImportJob({ prisma, importId });
  if (job.status !== "QUEUED" || job.startedAt)
    throw new AppError("CONFLICT", `Import ${importId} has already started; its mapping is fixed.`);
  const current = readStoredMapping(job.mapping);
  const next: ImportMapping = { ...current };
  for (const { column, field } of mapping) {
    if (!(column in current)) throw new AppError("BAD_USER_INPUT", `The file has no column "${column}".`);
    next[column] = field === null || field.trim() === "" ? null : field.trim();
  }
  checkMapping(job.kind, next);
  const updated = await prisma.importJob.update({ where: { id: job.id }, data: { mapping: next } });
  await recordAudit({
    prisma,
    viewer,
    action: "import.mapping.update",
    entityType: "ImportJob",
    entityId: job.id,
    details: { mapping: next },
  });
  return toImportJobNode(updated);
}
