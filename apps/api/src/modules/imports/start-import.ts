import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import type { JobQueue } from "../../jobs/job-queue";
import { recordAudit } from "../audit/record-audit";
import { findImportJob } from "./find-import-job";
import type { ImportJob } from "./import.type";
import type { ImportFileJobData } from "./register-import-worker";
import { toImportJobNode } from "./to-import-job-node";

/** Queues the import once (a second call is a CONFLICT); the worker validates then writes. */
export async function startImport({
  prisma,
  jobs,
  viewer,
  importId,
}: {
  prisma: PrismaClient;
  jobs: JobQueue;
  viewer: Viewer;
  importId: string;
}): Promise<ImportJob> {
  const job = await findImportJob({ prisma, importId });
  // startedAt doubles as the "queued once" flag: the conditional update lets exactly one caller win.
  const claimed = await prisma.importJob.updateMany({
    where: { id: job.id, status: "QUEUED", startedAt: null },
    data: { startedAt: new Date() },
  });
  if (claimed.count === 0)
    throw new AppError("CONFLICT", `Import ${importId} was already started (status ${job.status}).`);
  await jobs.send<ImportFileJobData>(
    "import-file",
    { importJobId: job.id },
    { retryLimit: 0, expireInSeconds: 6 * 60 * 60 },
  );
  await recordAudit({
    prisma,
    viewer,
    action: "import.start",
    entityType: "ImportJob",
    entityId: job.id,
    details: { kind: job.kind, mode: job.mode },
  });
  return toImportJobNode(await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } }));
}
