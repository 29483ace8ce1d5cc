import { rm } from "node:fs/promises";
import type { ImportJob, PrismaClient } from "@seglens/database";
import { toAppError } from "../../errors/to-app-error";
import type { Logger } from "../../logging/logger";
import { createImportProcessor } from "./create-import-processor";
import { ImportErrorRecorder } from "./import-error-recorder";
import { ImportFileError } from "./import-file-error";
import { missingRequiredFields, readStoredMapping } from "./import-mapping";
import type { ImportDb, ValidRow, WriteCounts } from "./import-processor";
import { ImportRowReader } from "./import-row-reader";
import { openImportRows } from "./read-import-rows";
import { uploadedFilePath } from "./upload-storage";

const batchSize = 5_000;
/** A million-row import in one transaction takes minutes; six hours is "something is badly wrong". */
const transactionTimeoutMs = 6 * 60 * 60 * 1000;

export interface RunImportJobOptions {
  prisma: PrismaClient;
  importJobId: string;
  logger: Logger;
}

/**
 * Validates EVERY row first (pass 1, streaming), stores the per-row errors, then writes (pass 2, streaming
 * again) in one transaction: ALL_OR_NOTHING writes nothing when any row is invalid; VALID_ROWS_ONLY writes
 * the valid rows. The transaction holds an advisory lock on the import so a restart can tell a running
 * import from an interrupted one.
 */
export async function runImportJob({ prisma, importJobId, logger }: RunImportJobOptions): Promise<void> {
  const job = await prisma.importJob.findUnique({ where: { id: importJobId } });
  if (!job || job.status !== "QUEUED") return;
  const filePath = uploadedFilePath(job.id);
  try {
    const mapping = readStoredMapping(job.mapping);
    const missing = missingRequiredFields(job.kind, mapping);
    if (missing) throw new ImportFileError(missing);
    await prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${job.id}, 0)) AS locked`;
        if (!lock.locked) throw new Error(`import ${job.id} is already running`);
        await importInTransaction({ prisma, tx, job, filePath, mapping });
      },
      { maxWait: 30_000, timeout: transactionTimeoutMs },
    );
  } catch (error) {
    const message =
      error instanceof ImportFileError ? error.message : `The import stopped: ${toAppError(error).message} Nothing was imported.`;
    if (!(error instanceof ImportFileError)) logger.error("import failed", { importJobId, error: error instanceof Error ? error.message : String(error) });
    await prisma.importJob.update({
      where: { id: job.id },
      data: { status: "FAILED", errorMessage: message, finishedAt: new Date(), createdCount: 0, updatedCount: 0 },
    });
  } finally {
    await rm(filePath, { force: true });
  }
}

interface ImportInTransactionOptions {
  prisma: PrismaClient;
  tx: ImportDb;
  job: ImportJob;
  filePath: string;
  mapping: Record<string, string | null>;
}

async function importInTransaction({ prisma, tx, job, filePath, mapping }: ImportInTransactionOptions): Promise<void> {
  const fileSize = Number(job.fileSize) || 1;
  const errors = new ImportErrorRecorder(prisma, job.id);
  const invalidRows = new Set<number>();
  let lastProgressAt = 0;
  const reportProgress = async (progress: number, force = false) => {
    const now = Date.now();
    if (!force && now - lastProgressAt < 500) return;
    lastProgressAt = now;
    await prisma.importJob.update({ where: { id: job.id }, data: { progress: Math.min(1, Math.max(0, progress)) } });
  };
  await prisma.importJob.update({ where: { id: job.id }, data: { status: "VALIDATING", startedAt: new Date(), progress: 0 } });

  // Pass 1: every row is checked and nothing is written.
  const validation = createImportProcessor(job.kind);
  let totalRows = 0;
  await scanFile(filePath, mapping, invalidRows, validation.validateRow.bind(validation), async (row, issues) => {
    totalRows += 1;
    if (issues) {
      invalidRows.add(row);
      await errors.add(row, issues);
    }
  }, async (batch, bytesRead, reader) => {
    const resolved = await validation.resolveBatch(batch, tx);
    for (const invalid of resolved.invalid) {
      invalidRows.add(invalid.rowNumber);
      // Database checks name fields; the report names the file's columns.
      const issues = invalid.issues.map((issue) => ({ ...issue, column: issue.column === null ? null : (reader.columnOf(issue.column) ?? issue.column) }));
      await errors.add(invalid.rowNumber, issues);
    }
    await reportProgress((0.5 * bytesRead) / fileSize);
  });
  await errors.flush();
  if (totalRows === 0) throw new ImportFileError("The file has a header but no data rows.");

  const errorCount = errors.invalidRowCount;
  await prisma.importJob.update({ where: { id: job.id }, data: { totalRows, errorCount } });
  if (errorCount > 0 && job.mode === "ALL_OR_NOTHING") {
    throw new ImportFileError(`${errorCount} of ${totalRows} rows are invalid, so nothing was imported (all-or-nothing); see the error report.`);
  }
  await prisma.importJob.update({ where: { id: job.id }, data: { status: "IMPORTING", progress: 0.5 } });

  // Pass 2: the valid rows are written in batches inside this transaction.
  const writing = createImportProcessor(job.kind);
  const counts: WriteCounts = { created: 0, updated: 0, skipped: 0 };
  let written = 0;
  const validRows = Math.max(1, totalRows - errorCount);
  await scanFile(filePath, mapping, invalidRows, writing.validateRow.bind(writing), async () => undefined, async (batch) => {
    const resolved = await writing.resolveBatch(batch, tx);
    if (resolved.invalid.length > 0) throw new Error("a row became invalid between validation and writing");
    const batchCounts = await writing.writeBatch(resolved.rows, tx);
    counts.created += batchCounts.created;
    counts.updated += batchCounts.updated;
    counts.skipped += batchCounts.skipped + resolved.skipped.length;
    written += batch.length;
    await reportProgress(0.5 + (0.5 * written) / validRows);
  });

  // Last statement of the transaction: the job row is only locked here, after all progress updates.
  await tx.importJob.update({
    where: { id: job.id },
    data: {
      status: "SUCCEEDED",
      progress: 1,
      totalRows,
      errorCount,
      createdCount: counts.created,
      updatedCount: counts.updated,
      skippedCount: counts.skipped,
      finishedAt: new Date(),
    },
  });
}

type RowValidator = (reader: ImportRowReader) => unknown;

/**
 * Streams the file once: rows listed in `skipRows` are passed over, each other row is validated, and valid
 * rows are handed on in batches. Only one batch of rows is in memory at a time.
 */
async function scanFile(
  filePath: string,
  mapping: Record<string, string | null>,
  skipRows: ReadonlySet<number>,
  validateRow: RowValidator,
  onRow: (rowNumber: number, issues: ImportRowReader["issues"] | null) => Promise<void>,
  onBatch: (batch: ValidRow<unknown>[], bytesRead: number, reader: ImportRowReader) => Promise<void>,
): Promise<void> {
  const source = await openImportRows(filePath);
  try {
    const reader = new ImportRowReader(source.columns, mapping);
    let batch: ValidRow<unknown>[] = [];
    for await (const row of source.rows) {
      if (skipRows.has(row.rowNumber)) continue;
      const cells = source.format === "xlsx" ? padCells(row.cells, source.columns.length) : row.cells;
      if (cells.every((cell) => cell.trim() === "")) continue;
      const record = reader.begin(cells) ? validateRow(reader) : null;
      if (record === null) {
        await onRow(row.rowNumber, [...reader.issues]);
        continue;
      }
      await onRow(row.rowNumber, null);
      batch.push({ rowNumber: row.rowNumber, record });
      if (batch.length >= batchSize) {
        await onBatch(batch, source.bytesRead(), reader);
        batch = [];
      }
    }
    if (batch.length > 0) await onBatch(batch, source.bytesRead(), reader);
  } finally {
    source.close();
  }
}

/** Spreadsheets leave out trailing empty cells; CSV rows of the wrong width stay errors. */
function padCells(cells: string[], width: number): string[] {
  if (cells.length >= width) return cells.length > width && cells.slice(width).every((cell) => cell === "") ? cells.slice(0, width) : cells;
  return [...cells, ...new Array<string>(width - cells.length).fill("")];
}
