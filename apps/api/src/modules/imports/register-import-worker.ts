import { parseDatabaseUrl } from "@seglens/database";
import { Client } from "pg";
import type { WorkerRegistration } from "../../jobs/register-workers";
import type { Logger } from "../../logging/logger";
import { buildDeferredIndexes } from "./bulk-write";
import { failInterruptedImports } from "./fail-interrupted-imports";
import { importDatabaseUrl } from "./import-database-url";
import { runImportJob } from "./run-import-job";

export interface ImportFileJobData {
  importJobId: string;
}

/**
 * Fails imports a previous process left half-done, builds in the background the indexes one left for after its
 * commit, then runs queued "import-file" jobs.
 */
export const registerImportWorker: WorkerRegistration = async ({
  prisma,
  jobs,
  logger,
  env,
  databaseUrl,
}) => {
  await failInterruptedImports({ prisma, logger });
  const url = importDatabaseUrl({ databaseUrl, env });
  if ((await prisma.deferredIndexBuild.count()) > 0) void buildIndexesLeftBehind(url, logger);
  await jobs.work<ImportFileJobData>("import-file", async (data) => {
    await runImportJob({ prisma, databaseUrl: url, importJobId: data.importJobId, logger });
  });
};

/** At start-up, on a connection of its own: the indexes an import left unbuilt when the API stopped. */
export async function buildIndexesLeftBehind(databaseUrl: string, logger: Logger): Promise<void> {
  const client = new Client({ ...parseDatabaseUrl(databaseUrl), application_name: "seglens-index-build" });
  client.on("error", (error) => logger.warn("index build connection error", { error: error.message }));
  try {
    await client.connect();
    const built = await buildDeferredIndexes(client);
    logger.info("indexes left by an earlier import built", { indexes: built });
  } catch (error) {
    logger.error("indexes left by an earlier import not built", {
      error: error instanceof Error ? error.message : String(error),
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}
