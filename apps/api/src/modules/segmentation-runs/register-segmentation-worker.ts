import type { WorkerRegistration } from "../../jobs/register-workers";
import { executeSegmentationRun } from "./execute-segmentation-run";
import { recoverInterruptedRuns } from "./recover-interrupted-runs";
import type { SegmentationRunJob } from "./start-segmentation-run";

/** Also sweeps for interrupted runs while the process lives, since another process may have died. */
const recoverySweepMs = 60_000;

/** Recovers runs a dead process left RUNNING, then works the "segmentation-run" queue. */
export const registerSegmentationWorker: WorkerRegistration = async ({ prisma, jobs, logger }) => {
  const recovered = await recoverInterruptedRuns({ prisma });
  if (recovered.length > 0)
    logger.warn("segmentation runs interrupted by a restart marked failed", { runIds: recovered });
  const sweep = setInterval(() => {
    recoverInterruptedRuns({ prisma }).catch((error: unknown) =>
      logger.warn("interrupted-run sweep failed", {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }, recoverySweepMs);
  sweep.unref();
  await jobs.work<SegmentationRunJob>("segmentation-run", async ({ runId }) => {
    await executeSegmentationRun({ prisma, logger, runId });
  });
};
