import type { PrismaClient } from "@seglens/database";
import type { Environment } from "../env";
import type { Logger } from "../logging/logger";
import type { JobQueue } from "./job-queue";
import { registerImportWorker } from "../modules/imports/register-import-worker";
import { registerSegmentationWorker } from "../modules/segmentation-runs/register-segmentation-worker";
import { registerWebhookWorker } from "../modules/webhooks/register-webhook-worker";

export interface WorkerDependencies {
  prisma: PrismaClient;
  jobs: JobQueue;
  logger: Logger;
  env: Environment;
  /** The database actually opened (the embedded one has no DATABASE_URL); imports connect to it with pg. */
  databaseUrl?: string;
}

export type WorkerRegistration = (dependencies: WorkerDependencies) => Promise<void>;

/** Each module that runs background jobs adds its registration here. */
const workerRegistrations: WorkerRegistration[] = [
  registerSegmentationWorker,
  registerImportWorker,
  registerWebhookWorker,
];

export async function registerWorkers(dependencies: WorkerDependencies): Promise<void> {
  for (const register of workerRegistrations) await register(dependencies);
}
