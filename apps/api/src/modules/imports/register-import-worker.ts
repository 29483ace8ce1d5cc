import type { WorkerRegistration } from "../../jobs/register-workers";
import { failInterruptedImports } from "./fail-interrupted-imports";
import { importDatabaseUrl } from "./import-database-url";
import { runImportJob } from "./run-import-job";

export interface ImportFileJobData {
  importJobId: string;
}

/** Fails imports a previous process left half-done, then runs queued "import-file" jobs. */
export const registerImportWorker: WorkerRegistration = async ({
  prisma,
  jobs,
  logger,
  env,
  databaseUrl,
}) => {
  await failInterruptedImports({ prisma, logger });
  const url = importDatabaseUrl({ databaseUrl, env });
  await jobs.work<ImportFileJobData>("import-file", async (data) => {
    await runImportJob({ prisma, databaseUrl: url, importJobId: data.importJobId, logger });
  });
};
