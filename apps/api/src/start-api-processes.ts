import cluster, { type Worker } from "node:cluster";
import { openDatabase } from "@seglens/database";
import type { Environment } from "./env";
import type { Logger } from "./logging/logger";

/** A process that dies sooner than this after its start is crashing, not failing once. */
const crashWindowMs = 10_000;
const crashesBeforeGivingUp = 3;

/**
 * The cluster's primary (SEGLENS_API_PROCESSES > 1): opens the database once (migrations, or the embedded
 * server), then keeps that many API processes serving one port (node:cluster hands out connections round
 * robin). A process that dies is replaced; one that keeps dying at start stops the whole API with exit 1.
 * SIGTERM/SIGINT: every process drains its requests, then the database closes and the primary exits 0.
 */
export async function startApiProcesses({
  env,
  logger,
}: {
  env: Environment;
  logger: Logger;
}): Promise<void> {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedDataDir: env.SEGLENS_DATA_DIR,
    embeddedPort: env.SEGLENS_EMBEDDED_DB_PORT,
  });
  logger.info("database ready", { mode: database.mode, processes: env.SEGLENS_API_PROCESSES });
  let stopping = false;
  let quickCrashes = 0;
  const startedAt = new Map<Worker, number>();
  const fork = () => startedAt.set(cluster.fork({ DATABASE_URL: database.databaseUrl }), Date.now());

  const stop = async (exitCode: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once("exit", () => resolve());
            worker.process.kill("SIGTERM");
          }),
      ),
    );
    await database.close();
    logger.info("stopped");
    process.exit(exitCode);
  };

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) return;
    logger.error("an API process ended; starting another", { pid: worker.process.pid, code, signal });
    quickCrashes = lived < crashWindowMs ? quickCrashes + 1 : 0;
    if (quickCrashes >= crashesBeforeGivingUp) {
      logger.error("API processes keep dying at start; stopping", { crashes: quickCrashes });
      void stop(1);
      return;
    }
    fork();
  });
  for (let index = 0; index < env.SEGLENS_API_PROCESSES; index += 1) fork();

  const forceExit = () =>
    setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, env.SEGLENS_SHUTDOWN_TIMEOUT_MS + 5_000).unref();
  const shutdown = (signal: string) => {
    if (stopping) return;
    logger.info("shutting down every API process", { signal });
    forceExit();
    void stop(0);
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
