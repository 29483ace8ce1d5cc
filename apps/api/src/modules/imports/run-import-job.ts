import { rm } from "node:fs/promises";
import { parseDatabaseUrl, type ImportJob, type Prisma, type PrismaClient } from "@seglens/database";
import { Client } from "pg";
import { toAppError } from "../../errors/to-app-error";
import type { Logger } from "../../logging/logger";
import { loadActiveRunModel, type ActiveRunModel } from "../segmentation-runs/load-active-run-model";
import {
  buildDeferredIndexes,
  restoreAfterBulkWrite,
  setAsideForBulkWrite,
  type BulkWriteSetAside,
} from "./bulk-write";
import { checkStagedRows } from "./check-staged-rows";
import { createImportProcessor } from "./create-import-processor";
import { readImportCleaning } from "./import-cleaning";
import { ImportErrorRecorder } from "./import-error-recorder";
import { ImportFileError } from "./import-file-error";
import { missingRequiredFields, readStoredMapping, type ImportMapping } from "./import-mapping";
import type { ImportProcessor, WriteCounts } from "./import-processor";
import type { ImportSql } from "./import-sql";
import { refreshChangedTables } from "./refresh-changed-tables";
import { retryWithBackoff } from "./retry-with-backoff";
import { createOneAtATime } from "./run-one-at-a-time";
import { scoreImportedCustomers } from "./score-imported-customers";
import { dropStagingTables, prepareStagedRows, stageImportFile, type StagedFile } from "./stage-import-file";
import { uploadedFilePath } from "./upload-storage";
import { writeStagedRows } from "./write-staged-rows";

export interface RunImportJobOptions {
  prisma: PrismaClient;
  /** The database the import writes to through its own connection (COPY needs pg directly). */
  databaseUrl: string;
  importJobId: string;
  logger: Logger;
}

/** How long a failed import keeps trying to record FAILED while the database is away (the start-up sweep only runs at start-up). */
const failedStatusRetryMs = 2 * 60_000;

/** What is known about the file so far, kept when the import fails. */
interface ImportTally {
  totalRows: number;
  errorCount: number;
}

/** The embedded database's one session holds every connection's temp tables: one import stages at a time there. */
const oneEmbeddedImportAtATime = createOneAtATime();

/**
 * Runs one import on its own connection. The file is streamed into temporary staging tables (COPY) outside
 * any transaction while each row's fields are checked (nothing else is written); then ONE transaction, SQL
 * only, runs the checks across rows and against the database and writes the valid rows with INSERT … SELECT
 * … ON CONFLICT, chunk by chunk; the customers the writes changed are scored with the active run's model,
 * so their segments commit too. ALL_OR_NOTHING writes nothing when any row is invalid; VALID_ROWS_ONLY writes
 * the valid rows. The per-row report commits with the import, or is saved after the rollback. The connection
 * holds an advisory lock on the import so a restart can tell a running import from an interrupted one. On
 * the embedded database the session is busy only while a statement or the final transaction runs.
 */
export async function runImportJob({
  prisma,
  databaseUrl,
  importJobId,
  logger,
}: RunImportJobOptions): Promise<void> {
  const job = await prisma.importJob.findUnique({ where: { id: importJobId } });
  if (!job || job.status !== "QUEUED") return;
  const filePath = uploadedFilePath(job.id);
  const errors = new ImportErrorRecorder(job.id);
  const tally: ImportTally = { totalRows: 0, errorCount: 0 };
  const client = new Client({ ...parseDatabaseUrl(databaseUrl), application_name: "seglens-import" });
  // A dropped connection is reported by the query that fails; without a listener it would crash the process.
  client.on("error", (error) =>
    logger.warn("import connection error", { importJobId, error: error.message }),
  );
  /** False when another delivery of the same job had it: that run owns the job's status and file. */
  let ours = true;
  try {
    const mapping = readStoredMapping(job.mapping);
    const missing = missingRequiredFields(job.kind, mapping);
    if (missing) throw new ImportFileError(missing);
    await client.connect();
    await assertSameDatabase(client, job.id);
    const embedded = await isEmbeddedDatabase(client);
    const options = { sql: client, prisma, job, filePath, mapping, logger, errors, tally, embedded };
    ours = await (embedded
      ? oneEmbeddedImportAtATime(() => importOnConnection(options))
      : importOnConnection(options));
    if (!ours) logger.info("import job delivered again; another run has it", { importJobId });
  } catch (error) {
    const message = error instanceof ImportFileError ? error.message : stoppedMessage(error);
    if (!(error instanceof ImportFileError))
      logger.error("import failed", {
        importJobId,
        error: error instanceof Error ? error.message : String(error),
      });
    // The report is worth less than the status: a database outage must not leave the job running forever.
    await errors.saveAfterRollback(prisma).catch((saveError: unknown) =>
      logger.error("import error report not saved", {
        importJobId,
        error: saveError instanceof Error ? saveError.message : String(saveError),
      }),
    );
    const finishedAt = new Date();
    await retryWithBackoff(
      () =>
        prisma.importJob.update({
          where: { id: job.id },
          data: {
            status: "FAILED",
            errorMessage: message,
            finishedAt,
            createdCount: 0,
            updatedCount: 0,
            ...tally,
          },
        }),
      {
        totalMs: failedStatusRetryMs,
        onRetry: (updateError, delayMs) =>
          logger.warn("import failure not recorded yet; retrying", {
            importJobId,
            delayMs,
            error: updateError instanceof Error ? updateError.message : String(updateError),
          }),
      },
    );
  } finally {
    await client.end().catch(() => undefined);
    if (ours) await rm(filePath, { force: true });
  }
}

/** Why an import stopped, for the owner. */
function stoppedMessage(error: unknown): string {
  const appError = toAppError(error);
  // A customer or order with one of the file's keys, stored by another transaction after the import looked.
  if (appError.code === "CONFLICT")
    return "The import stopped: another change stored a row with one of its keys while it ran. Nothing was imported; upload the file again.";
  return `The import stopped: ${appError.message} Nothing was imported.`;
}

/**
 * The import's connection must reach the database the API reads: a guessed URL (the embedded database on
 * port 0 has no fixed port; pg then falls back to 5432) would write elsewhere and leave the job running forever.
 */
async function assertSameDatabase(sql: Client, importJobId: string): Promise<void> {
  const found = await sql
    .query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM "ImportJob" WHERE "id" = $1::uuid) AS found`, [
      importJobId,
    ])
    .then((result) => result.rows[0].found)
    // No ImportJob table at all: another database. Any other error (the database is away) is reported as it is.
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "42P01") return false;
      throw error;
    });
  const { host, port, database } = sql;
  if (!found)
    throw new Error(
      `the import connection (${host}:${port}/${database}) does not reach the API's database (the import job is not there); the workers need the URL of the database the API opened`,
    );
}

/** The active run's model, or null (no run, or its model cannot be read: the import goes on without scoring). */
async function loadActiveRun(
  prisma: PrismaClient,
  logger: Logger,
  importJobId: string,
): Promise<ActiveRunModel | null> {
  try {
    return await loadActiveRunModel({ prisma });
  } catch (error) {
    logger.warn("imported customers are not scored: the active run's model could not be read", {
      importJobId,
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
}

/** The embedded PGlite: one session behind a socket bridge, which also has no COPY FROM STDIN. */
async function isEmbeddedDatabase(sql: ImportSql): Promise<boolean> {
  const result = await sql.query<{ embedded: boolean }>("SELECT version() LIKE '%PGlite%' AS embedded");
  return result.rows[0].embedded;
}

interface ImportOnConnectionOptions {
  sql: ImportSql;
  prisma: PrismaClient;
  job: ImportJob;
  filePath: string;
  mapping: ImportMapping;
  logger: Logger;
  errors: ImportErrorRecorder;
  tally: ImportTally;
  /** The embedded PGlite: INSERTs instead of COPY, and no writes on other connections during the transaction. */
  embedded: boolean;
}

async function importOnConnection({
  sql,
  prisma,
  job,
  filePath,
  mapping,
  logger,
  errors,
  tally,
  embedded,
}: ImportOnConnectionOptions): Promise<boolean> {
  const lock = await sql.query<{ locked: boolean }>(
    "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked",
    [job.id],
  );
  if (!lock.rows[0].locked) return false; // another delivery of this job is running it
  try {
    return await importWithLock({ sql, prisma, job, filePath, mapping, logger, errors, tally, embedded });
  } finally {
    // Ending the connection would do both on a server, but not on the embedded database's one session.
    await sql.query(dropStagingTables).catch(() => undefined);
    await sql.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [job.id]).catch(() => undefined);
  }
}

async function importWithLock({
  sql,
  prisma,
  job,
  filePath,
  mapping,
  logger,
  errors,
  tally,
  embedded,
}: ImportOnConnectionOptions): Promise<boolean> {
  // The job is claimed once: a queue may deliver it twice, and the embedded database's one session takes the
  // advisory lock again for a second delivery that waited for the first to end.
  const claimed = await prisma.importJob.updateMany({
    where: { id: job.id, status: "QUEUED" },
    data: { status: "VALIDATING", startedAt: new Date(), progress: 0 },
  });
  if (claimed.count === 0) return false;
  let phaseStartedAt = Date.now();
  const phaseDone = (phase: string) => {
    const now = Date.now();
    logger.debug("import phase done", { importJobId: job.id, phase, ms: now - phaseStartedAt });
    phaseStartedAt = now;
  };
  let inTransaction = false;
  const updateJob = async (data: Prisma.ImportJobUpdateInput) => {
    // The embedded database serves one transaction at a time: an update from another connection would wait
    // for the import's transaction to end (and nobody could read it meanwhile anyway).
    if (embedded && inTransaction) return;
    await prisma.importJob.update({ where: { id: job.id }, data });
  };
  let lastProgressAt = 0;
  const reportProgress = async (progress: number, force = false) => {
    const now = Date.now();
    if (!force && now - lastProgressAt < 500) return;
    lastProgressAt = now;
    await updateJob({ progress: Math.min(1, Math.max(0, progress)) });
  };
  const activeRun = await loadActiveRun(prisma, logger, job.id);
  const processor = createImportProcessor(job.kind, { recordTouchedCustomers: activeRun !== null });

  // Every row is checked, and nothing but the temporary staging tables is written, before any decision.
  const staged = await stageImportFile({
    sql,
    filePath,
    mapping,
    processor,
    errors,
    fileSize: Number(job.fileSize) || 1,
    useCopy: !embedded,
    cleaning: readImportCleaning(job.cleaning, mapping),
    onProgress: (fraction) => reportProgress(0.45 * fraction),
  });
  tally.totalRows = staged.totalRows;
  tally.errorCount = errors.invalidRowCount;
  if (staged.totalRows === 0) throw new ImportFileError("The file has a header but no data rows.");
  await reportProgress(0.45, true);
  phaseDone("stage");

  await sql.query("BEGIN");
  inTransaction = true;
  let counts: WriteCounts;
  try {
    // Sorting and hashing a million staged rows in memory beats spilling them to disk; JIT compiling each
    // statement costs more (~0.2 s) than these simple scans save; a small ANALYZE sample plans them as well.
    await sql.query(
      "SET LOCAL work_mem = '64MB'; SET LOCAL jit = off; SET LOCAL default_statistics_target = 10",
    );
    const setAside = await setAsideForBulkWrite(sql, processor, staged.totalRows);
    await prepareStagedRows(sql, processor);
    counts = await checkAndWrite({
      sql,
      job,
      processor,
      staged,
      logger,
      errors,
      tally,
      updateJob,
      reportProgress,
      phaseDone,
      activeRun,
      setAside,
    });
    await sql.query("COMMIT");
  } catch (error) {
    await sql.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    inTransaction = false;
  }
  phaseDone("commit");
  // The search indexes a bulk write left for after the commit (see restoreAfterBulkWrite). The import has
  // committed: a failure is only logged, and the next import or start-up builds them.
  await buildDeferredIndexes(sql).catch((error: unknown) =>
    logger.warn("search indexes not built after an import; the next import or start-up builds them", {
      importJobId: job.id,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  phaseDone("deferred indexes");
  await refreshChangedTables({
    sql,
    tables: processor.changedTables,
    changedRows: counts.created + counts.updated,
    importJobId: job.id,
    logger,
  });
  phaseDone("refresh");
  return true;
}

interface CheckAndWriteOptions {
  sql: ImportSql;
  job: ImportJob;
  processor: ImportProcessor;
  staged: StagedFile;
  logger: Logger;
  errors: ImportErrorRecorder;
  tally: ImportTally;
  updateJob: (data: Prisma.ImportJobUpdateInput) => Promise<void>;
  reportProgress: (progress: number, force?: boolean) => Promise<void>;
  phaseDone: (phase: string) => void;
  activeRun: ActiveRunModel | null;
  /** Indexes and foreign keys set aside for a bulk write, restored after the writes. */
  setAside: BulkWriteSetAside;
}

/** In the import's transaction: checks across rows, the all-or-nothing decision, the writes, scoring, status. */
async function checkAndWrite({
  sql,
  job,
  processor,
  staged,
  logger,
  errors,
  tally,
  updateJob,
  reportProgress,
  phaseDone,
  activeRun,
  setAside,
}: CheckAndWriteOptions): Promise<WriteCounts> {
  const { skipped: suppressed } = await checkStagedRows({
    sql,
    processor,
    errors,
    columnOf: staged.columnOf,
  });
  phaseDone("check");

  const { totalRows } = staged;
  const errorCount = errors.invalidRowCount;
  tally.errorCount = errorCount;
  if (errorCount > 0 && job.mode === "ALL_OR_NOTHING") {
    throw new ImportFileError(
      `${errorCount} of ${totalRows} rows are invalid, so nothing was imported (all-or-nothing); see the error report.`,
    );
  }
  await updateJob({ status: "IMPORTING", progress: 0.5, totalRows, errorCount });

  // A tenth each for rebuilding what a bulk write set aside and for scoring the customers the writes changed.
  const rebuilds = setAside.indexes.length + setAside.foreignKeys.length > 0;
  const writesEnd = 1 - (rebuilds ? 0.1 : 0) - (activeRun ? 0.1 : 0);
  const counts = await writeStagedRows({
    sql,
    processor,
    setAsideTables: setAside.tables,
    onProgress: (fraction) => reportProgress(0.5 + (writesEnd - 0.5) * fraction),
  });
  phaseDone("write");
  if (rebuilds) {
    const duplicates = await restoreAfterBulkWrite(sql, setAside, processor.removeBulkDuplicates);
    counts.created -= duplicates;
    counts.skipped += duplicates;
    await reportProgress(writesEnd + 0.1, true);
    phaseDone("restore");
  }
  await scoreImportedCustomers({
    sql,
    active: activeRun,
    importJobId: job.id,
    logger,
    onProgress: (fraction) => reportProgress(0.9 + 0.1 * fraction),
  });
  phaseDone("score");

  await errors.saveInTransaction(sql);
  await sql.query(
    `UPDATE "ImportJob" SET "status" = 'SUCCEEDED', "progress" = 1, "totalRows" = $2, "errorCount" = $3, "createdCount" = $4,
            "updatedCount" = $5, "skippedCount" = $6, "cleaningResult" = $7, "finishedAt" = clock_timestamp() WHERE "id" = $1::uuid`,
    [
      job.id,
      totalRows,
      errorCount,
      counts.created,
      counts.updated,
      counts.skipped + suppressed + (staged.cleaning?.skippedRows ?? 0),
      staged.cleaning === null ? null : JSON.stringify(staged.cleaning),
    ],
  );
  return counts;
}
