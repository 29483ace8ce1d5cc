import type { Prisma, PrismaClient } from "@seglens/database";
import { toAppError } from "../../errors/to-app-error";
import type { Logger } from "../../logging/logger";

/**
 * Waits between attempts (ms): about two minutes in all. A run usually fails BECAUSE the database went
 * away, so the first write of its FAILED status meets the same outage; giving up at once would leave the
 * run RUNNING until the staleness sweep, long after the database is back.
 */
export const finalStatusRetryDelaysMs = [
  250, 500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000, 15_000, 15_000, 15_000, 15_000,
];

/**
 * Writes a run's final status (FAILED or CANCELLED), retrying while the database is unreachable. Other
 * errors are not retried. When every attempt fails the run is left to recoverInterruptedRuns (its
 * heartbeat has stopped, so the sweep marks it failed). Returns whether the status was written.
 * Whatever part of its result the run had written (saveRunResult commits segments and membership chunks
 * before the final switch) is deleted in the same transaction: a failed or cancelled run has nothing.
 */
export async function writeFinalRunStatus({
  prisma,
  logger,
  runId,
  data,
  delaysMs = finalStatusRetryDelaysMs,
}: {
  prisma: Pick<PrismaClient, "segmentationRun" | "segment" | "$transaction">;
  logger: Logger;
  runId: string;
  data: Prisma.SegmentationRunUpdateInput;
  delaysMs?: readonly number[];
}): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      // Segments cascade to their memberships. A run whose switch to SUCCEEDED committed (the answer lost on
      // the way) keeps them, as before.
      await prisma.$transaction([
        prisma.segment.deleteMany({ where: { runId, run: { status: { not: "SUCCEEDED" } } } }),
        prisma.segmentationRun.update({ where: { id: runId }, data }),
      ]);
      if (attempt > 0)
        logger.info("segmentation run status written once the database was back", {
          runId,
          attempts: attempt + 1,
        });
      return true;
    } catch (error) {
      const unavailable = toAppError(error).code === "DATABASE_UNAVAILABLE";
      if (!unavailable || attempt >= delaysMs.length) {
        logger.error("could not write the final status of a segmentation run", {
          runId,
          status: data.status,
          error: error instanceof Error ? error.message : String(error),
        });
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
    }
  }
}
