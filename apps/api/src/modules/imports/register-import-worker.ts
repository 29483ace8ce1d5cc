import type { WorkerRegistration } from "../../jobs/register-workers";
import { failInterruptedImports } from "./fail-interrupted-imports";
import { runImportJob } from "./run-import-job";

export interface ImportFileJobData {
  importJobId: string;
}

/** Fails imports a previous process left half-done, then runs queued "import-file" jobs. */
export const registerImportWorker: WorkerRegistration = async ({ prisma, jobs, logger }) => {
  await failInterruptedImports({ prisma, logger });
  await jobs.work<ImportFileJobData>("import-file", async (data) => {
    await runImportJob({ prisma, importJobId: data.importJobId, logger });
  });
};
