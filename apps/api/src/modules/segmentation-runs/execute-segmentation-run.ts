import type { PrismaClient } from "@seglens/database";
import { SegmentationError, type PipelineOptions, type SegmentationResult } from "@seglens/segmentation";
import { toAppError } from "../../errors/to-app-error";
import type { Logger } from "../../logging/logger";
import { computeMembershipDistances } from "./compute-membership-distances";
import { loadFeatureTable } from "./load-feature-table";
import { createBackgroundPacer } from "./pace-background-work";
import { readOrderBaskets } from "./read-order-baskets";
import type { StoredRunParameters } from "./run-parameters";
import { runPipelineInWorker, type PipelineInWorker } from "./run-pipeline-in-worker";
import { RunProgressReporter } from "./run-progress-reporter";
import { saveRunResult } from "./save-run-result";
import { writeFinalRunStatus } from "./write-final-run-status";

/** Shares of the progress bar: reading the database, the pipeline, writing the result. */
const loadingShare = 0.1;
const pipelineShare = 0.85;
/** Heartbeat while saving: well inside recovery's staleness limit, rare enough not to slow the inserts. */
const savingHeartbeatMs = 15_000;
/**
 * Share of the wall time the run's own SQL (aggregate reads, membership writes) may take: each statement is
 * followed by a pause as long as it took. The statements run at the server's normal priority next to the
 * requests (the pipeline's thread is niced, PostgreSQL's backends cannot be); paced, the run leaves them
 * most of the CPU. Costs about the run's database time again in wall time.
 */
const databaseBusyShare = 0.5;

class RunCancelled extends Error {}

export interface ExecuteSegmentationRunOptions {
  prisma: PrismaClient;
  logger: Logger;
  runId: string;
  /** "Now" for recency and tenure (default: the current time). */
  asOf?: Date;
  /** Customers per SQL batch. */
  batchSize?: number;
  /** Called after each loaded batch (tests use it to cancel at a known point). */
  afterBatch?: (loaded: number) => Promise<void>;
  /** Memberships per statement (default membershipChunkSize). */
  membershipChunkSize?: number;
  /** Called after each committed chunk of memberships (tests look at, or break, a run mid-save). */
  afterMembershipChunk?: (written: number) => Promise<void>;
}

/**
 * The background job of a run: QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED. Nothing of the
 * result is visible unless everything is written (see saveRunResult), and a run that fails or is
 * cancelled keeps nothing (see writeFinalRunStatus). A run that is no longer QUEUED (cancelled before
 * it started, or already taken) is left alone.
 */
export async function executeSegmentationRun({
  prisma,
  logger,
  runId,
  asOf = new Date(),
  batchSize,
  afterBatch,
  membershipChunkSize,
  afterMembershipChunk,
}: ExecuteSegmentationRunOptions): Promise<void> {
  const startedAtMs = performance.now();
  const claimed = await prisma.segmentationRun.updateMany({
    where: { id: runId, status: "QUEUED" },
    data: { status: "RUNNING", stage: "loading", progress: 0, startedAt: new Date() },
  });
  if (claimed.count === 0) return;

  let cancelled = false;
  let pipeline: PipelineInWorker | undefined;
  const reporter = new RunProgressReporter(prisma, runId, () => {
    cancelled = true;
    pipeline?.cancel();
  });
  reporter.start();
  const pacer = createBackgroundPacer({ busyShare: databaseBusyShare });
  try {
    // Read inside the try: once claimed, any failure (the database going away too) must end in FAILED.
    const run = await prisma.segmentationRun.findUniqueOrThrow({ where: { id: runId } });
    const parameters = run.parameters as unknown as StoredRunParameters;
    const customerCount = await prisma.customer.count();
    if (customerCount === 0)
      throw new RunFailure("There are no customers to segment yet: import or create customers first.");
    const table = await loadFeatureTable({
      prisma,
      asOf,
      includeSensitive: !parameters.excludeSensitive,
      batchSize,
      pacer,
      onBatch: async (loaded) => {
        reporter.report("loading", (loadingShare * Math.min(loaded, customerCount)) / customerCount);
        await afterBatch?.(loaded);
        if (cancelled || (await isCancelRequested(prisma, runId))) throw new RunCancelled();
      },
    });
    if (parameters.k !== null && parameters.k > table.ids.length) {
      throw new RunFailure(
        `k = ${parameters.k} is larger than the number of customers (${table.ids.length}).`,
      );
    }
    const baskets = await readOrderBaskets({ prisma });
    const loadingSeconds = (performance.now() - startedAtMs) / 1000;

    const pipelineStartedAt = performance.now();
    pipeline = runPipelineInWorker({
      input: {
        table: {
          ids: table.ids,
          names: table.names,
          values: { rows: table.ids.length, cols: table.names.length, data: table.values },
          categorical: table.categorical,
        },
        baskets,
      },
      options: toPipelineOptions(parameters),
      onProgress: (fraction, stage) =>
        reporter.report(stage === "done" ? "saving" : stage, loadingShare + pipelineShare * fraction),
    });
    if (cancelled) pipeline.cancel();
    const result: SegmentationResult = await pipeline.result;
    const pipelineSeconds = (performance.now() - pipelineStartedAt) / 1000;
    if (cancelled) throw new RunCancelled();

    reporter.report("saving", loadingShare + pipelineShare);
    await reporter.slowDown(savingHeartbeatMs);
    const savingShare = 1 - loadingShare - pipelineShare;
    await saveRunResult({
      prisma,
      runId,
      table,
      result,
      distances: await computeMembershipDistances(table, result),
      fill: table.fill,
      timings: { loadingSeconds, pipelineSeconds, stages: result.timings, startedAtMs },
      pacer,
      chunkSize: membershipChunkSize,
      beforeRunUpdate: () => reporter.stop(),
      onChunkWritten: async (written) => {
        reporter.report("saving", loadingShare + pipelineShare + (savingShare * written) / table.ids.length);
        await afterMembershipChunk?.(written);
      },
    });
    logger.info("segmentation run succeeded", {
      runId,
      customers: table.ids.length,
      k: result.k,
      pausedSeconds: Math.round(pacer.pausedMs()) / 1000,
    });
  } catch (error) {
    await reporter.stop();
    const wasCancelled =
      cancelled ||
      error instanceof RunCancelled ||
      (error instanceof SegmentationError && error.code === "CANCELLED");
    if (wasCancelled) {
      await writeFinalRunStatus({
        prisma,
        logger,
        runId,
        data: { status: "CANCELLED", stage: "cancelled", finishedAt: new Date() },
      });
      logger.info("segmentation run cancelled", { runId });
      return;
    }
    const message = readableFailure(error);
    logger.warn("segmentation run failed", {
      runId,
      error: error instanceof Error ? error.message : String(error),
    });
    await writeFinalRunStatus({
      prisma,
      logger,
      runId,
      data: { status: "FAILED", stage: "failed", error: message, finishedAt: new Date() },
    });
  } finally {
    await reporter.stop();
  }
}

/** A failure whose message is meant for the owner as is. */
class RunFailure extends Error {}

function readableFailure(error: unknown): string {
  if (error instanceof RunFailure) return error.message;
  // The engine's messages name the problem ("k = 5 is larger than the number of customers (3)").
  if (error instanceof SegmentationError) return `The segmentation could not run: ${error.message}.`;
  if (toAppError(error).code === "DATABASE_UNAVAILABLE")
    return "The database became unreachable during the run, so nothing was saved; start it again.";
  return "The segmentation failed because of an internal error; try again, and check the server log if it repeats.";
}

async function isCancelRequested(prisma: PrismaClient, runId: string): Promise<boolean> {
  const run = await prisma.segmentationRun.findUnique({
    where: { id: runId },
    select: { cancelRequested: true },
  });
  return run?.cancelRequested ?? true;
}

function toPipelineOptions(parameters: StoredRunParameters): PipelineOptions {
  return {
    features: parameters.features,
    k: parameters.k ?? "auto",
    kMin: parameters.kMin,
    kMax: parameters.kMax,
    scaling: parameters.scaling.toLowerCase() as PipelineOptions["scaling"],
    restarts: parameters.restarts,
    seed: parameters.seed,
    // Sensitive columns are not even loaded when excluded; when the owner keeps them, nothing is excluded.
    excludeAttributes: [],
  };
}
