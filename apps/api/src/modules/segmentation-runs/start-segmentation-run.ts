import type { Prisma, PrismaClient, SegmentationRun } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { actingUserId } from "../../graphql/viewer";
import type { JobQueue } from "../../jobs/job-queue";
import { recordAudit } from "../audit/record-audit";
import { resolveRunParameters } from "./run-parameters";
import type { StartSegmentationRunInput } from "./segmentation-run.input";

/** A run may take long on a million customers; past this pg-boss considers the job lost. */
export const segmentationJobExpirySeconds = 4 * 60 * 60;

export interface SegmentationRunJob {
  runId: string;
}

/** Validates the options, stores a QUEUED run and queues its job; returns at once (the work is in the background). */
export async function startSegmentationRun({
  prisma,
  jobs,
  viewer,
  input,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  jobs: JobQueue;
  viewer: Viewer;
  input: StartSegmentationRunInput;
  ipAddress?: string | null;
}): Promise<SegmentationRun> {
  const { name, parameters } = resolveRunParameters(input);
  const run = await createQueuedRun({ prisma, viewer, name, parameters, ipAddress });
  try {
    await jobs.send<SegmentationRunJob>(
      "segmentation-run",
      { runId: run.id },
      { expireInSeconds: segmentationJobExpirySeconds },
    );
  } catch (error) {
    await prisma.segmentationRun.update({
      where: { id: run.id },
      data: {
        status: "FAILED",
        stage: "failed",
        error: "The run could not be queued.",
        finishedAt: new Date(),
      },
    });
    throw error;
  }
  return run;
}

/**
 * pg's pool gives up waiting for a free connection with this message and no code. Under heavy read load
 * (50 clients searching) a run started then waited past the pool's timeout and the error surfaced as
 * INTERNAL_SERVER_ERROR; it is a "try again" situation, and says so.
 */
const poolExhaustedPattern = /timeout exceeded when trying to connect/i;

async function createQueuedRun({
  prisma,
  viewer,
  name,
  parameters,
  ipAddress,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  name: string;
  parameters: ReturnType<typeof resolveRunParameters>["parameters"];
  ipAddress: string | null;
}): Promise<SegmentationRun> {
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.segmentationRun.create({
        data: {
          name,
          parameters: parameters as unknown as Prisma.InputJsonObject,
          createdById: actingUserId(viewer),
        },
      });
      await recordAudit({
        prisma: tx,
        viewer,
        action: "segmentationRun.start",
        entityType: "SegmentationRun",
        entityId: created.id,
        details: { name, parameters },
        ipAddress,
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Error && poolExhaustedPattern.test(error.message)) {
      throw new AppError(
        "DATABASE_UNAVAILABLE",
        "The database is too busy to start a run right now (every connection is in use); try again in a moment.",
      );
    }
    throw error;
  }
}
