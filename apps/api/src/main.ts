import "reflect-metadata";
import cluster from "node:cluster";
import { createPrismaClient, openDatabase } from "@seglens/database";
import { environment } from "./env";
import { createApiServer } from "./http/create-api-server";
import { startJobQueue } from "./jobs/job-queue";
import { registerWorkers } from "./jobs/register-workers";
import { createLogger } from "./logging/logger";
import { startApiProcesses } from "./start-api-processes";

/**
 * Starts the API: database (given or embedded), migrations, GraphQL over HTTP, graceful shutdown. With
 * SEGLENS_API_PROCESSES > 1 this process becomes the primary of that many such API processes.
 */
export async function main(): Promise<void> {
  const env = environment();
  const logger = createLogger(env.LOG_LEVEL);
  // pg-boss 10 completes/fails jobs without awaiting; while the database is away those promises reject
  // with nobody listening. Log them instead of letting Node end the process: the API must outlive an outage.
  process.on("unhandledRejection", (reason) => {
    logger.error("unhandled promise rejection", {
      error: reason instanceof Error ? reason.message : String(reason),
    });
  });
  if (env.SEGLENS_API_PROCESSES > 1 && cluster.isPrimary) return startApiProcesses({ env, logger });
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedDataDir: env.SEGLENS_DATA_DIR,
    embeddedPort: env.SEGLENS_EMBEDDED_DB_PORT,
    // In a cluster the primary has migrated already (and handed over the embedded server's URL).
    migrate: cluster.isPrimary,
  });
  logger.info("database ready", { mode: database.mode });
  const prisma = createPrismaClient({ databaseUrl: database.databaseUrl });
  const jobs = await startJobQueue({ databaseUrl: database.databaseUrl, logger });
  if (env.SEGLENS_RUN_WORKERS)
    await registerWorkers({ prisma, jobs, logger, env, databaseUrl: database.databaseUrl });
  const server = await createApiServer({
    prisma,
    databaseUrl: database.databaseUrl,
    env,
    databaseMode: database.mode,
    logger,
    jobs,
  });
  const url = await server.listen(env.PORT, env.HOST);
  logger.info(`GraphQL API on ${url}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down: draining requests", { signal });
    // A stuck dependency must not keep the process alive forever.
    const forceExit = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, env.SEGLENS_SHUTDOWN_TIMEOUT_MS);
    forceExit.unref();
    await server.close();
    logger.debug("http server closed");
    await jobs.stop();
    logger.debug("job queue stopped");
    await prisma.$disconnect();
    logger.debug("database client disconnected");
    await database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `seglens api failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
