import type { ImportJob as ImportJobRow, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { analyseImportColumns } from "./analyse-import-columns";
import {
  isCleaningCurrent,
  missingActionsOf,
  outlierActionsOf,
  readStoredCleaning,
  storeAnalysis,
  type StoredCleaning,
} from "./import-cleaning";
import type { ImportCleaning } from "./import-cleaning.type";
import { ImportFileError } from "./import-file-error";
import { readStoredMapping } from "./import-mapping";
import { findImportJob } from "./find-import-job";
import { toImportJobNode } from "./to-import-job-node";
import { uploadedFilePath } from "./upload-storage";

/** Cleaning choices can change until the import is started. */
export function assertCleaningOpen(job: ImportJobRow): void {
  if (job.status !== "QUEUED" || job.startedAt)
    throw new AppError("CONFLICT", `Import ${job.id} has already started; its cleaning choices are fixed.`);
}

/**
 * The job's column analysis for its current mapping: the stored one, or (first call, or the mapping changed)
 * one pass over the whole file, stored with the job so that choices and the import use the same numbers.
 */
export async function ensureCleaningAnalysis({
  prisma,
  job,
}: {
  prisma: PrismaClient;
  job: ImportJobRow;
}): Promise<{ job: ImportJobRow; stored: StoredCleaning }> {
  const mapping = readStoredMapping(job.mapping);
  const earlier = readStoredCleaning(job.cleaning);
  if (earlier && isCleaningCurrent(earlier, mapping)) return { job, stored: earlier };
  let stored: StoredCleaning;
  try {
    const analysis = await analyseImportColumns({
      filePath: uploadedFilePath(job.id),
      kind: job.kind,
      mapping,
    });
    stored = storeAnalysis(job.kind, mapping, analysis, earlier);
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("BAD_USER_INPUT", error.message);
    throw error;
  }
  return { job: await saveCleaning({ prisma, job, stored }), stored };
}

/** Stores the cleaning unless the import was started meanwhile (CONFLICT then). */
export async function saveCleaning({
  prisma,
  job,
  stored,
}: {
  prisma: PrismaClient;
  job: ImportJobRow;
  stored: StoredCleaning;
}): Promise<ImportJobRow> {
  const saved = await prisma.importJob.updateMany({
    where: { id: job.id, status: "QUEUED", startedAt: null },
    data: { cleaning: stored as object },
  });
  if (saved.count === 0) assertCleaningOpen(await findImportJob({ prisma, importId: job.id }));
  return { ...job, cleaning: stored as object };
}

export function toImportCleaningView(job: ImportJobRow, stored: StoredCleaning): ImportCleaning {
  return {
    importJob: toImportJobNode(job),
    totalRows: stored.totalRows,
    fenceMultiplier: stored.fenceMultiplier,
    columns: stored.columns.map((column) => ({
      ...column,
      missingActions: missingActionsOf(column),
      outlierActions: outlierActionsOf(column),
      choice: stored.choices.find((choice) => choice.column === column.column) ?? {
        column: column.column,
        missing: "LEAVE",
        fillValue: null,
        outliers: "KEEP",
      },
    })),
  };
}

/** The analysis of every mapped column with the current choices (analysing the file when needed). */
export async function getImportCleaning({
  prisma,
  importId,
}: {
  prisma: PrismaClient;
  importId: string;
}): Promise<ImportCleaning> {
  const found = await findImportJob({ prisma, importId });
  assertCleaningOpen(found);
  const { job, stored } = await ensureCleaningAnalysis({ prisma, job: found });
  return toImportCleaningView(job, stored);
}
