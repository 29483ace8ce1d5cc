import { parseDatabaseUrl } from "@seglens/database";
import PgBoss from "pg-boss";
import type { Logger } from "../logging/logger";

/** Every background queue of the API. Jobs live in PostgreSQL (pg-boss), so each runs once across processes. */
export const queueNames = ["segmentation-run", "import-file", "webhook-delivery"] as const;
export type QueueName = (typeof queueNames)[number];

export interface SendJobOptions {
  /** Attempts after the first failure. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A running job is considered lost after this long and retried or failed. */
  expireInSeconds?: number;
  /** At most one queued job with this key. */
  singletonKey?: string;
}

export interface JobContext {
  jobId: string;
  retryCount: number;
}

export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

export interface JobQueue {
  send<T extends object>(queue: QueueName, data: T, options?: SendJobOptions): Promise<string>;
  /** Processes jobs of the queue in this process, one at a time. */
  work<T extends object>(queue: QueueName, handler: JobHandler<T>): Promise<void>;
  /**
   * Runs `task` in this process every `intervalMs` until stop(), never two at once. For sweeps that every
   * process runs (they must be safe to run side by side): pg-boss's own schedule fires at most once a minute.
   */
  repeat(name: string, intervalMs: number, task: () => Promise<void>): void;
  stop(): Promise<void>;
}

export interface StartJobQueueOptions {
  databaseUrl: string;
  logger: Logger;
  /** How often idle workers look for new jobs. */
  pollingIntervalSeconds?: number;
}

export async function startJobQueue({
  databaseUrl,
  logger,
  pollingIntervalSeconds = 1,
}: StartJobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    ...parseDatabaseUrl(databaseUrl),
    schema: "pgboss",
    max: 4,
    application_name: "seglens-jobs",
  });
  boss.on("error", (error: Error) => logger.warn("job queue error", { error: error.message }));
  await boss.start();
  for (const name of queueNames) await boss.createQueue(name);
  const repeating: NodeJS.Timeout[] = [];

  return {
    async send(queue, data, options = {}) {
      const sendOptions: PgBoss.SendOptions = {
        retryLimit: options.retryLimit ?? 0,
        expireInSeconds: options.expireInSeconds ?? 60 * 60,
      };
      // pg-boss rejects keys that are present but undefined.
      if (options.retryDelaySeconds !== undefined) sendOptions.retryDelay = options.retryDelaySeconds;
      if (options.retryBackoff !== undefined) sendOptions.retryBackoff = options.retryBackoff;
      if (options.singletonKey !== undefined) sendOptions.singletonKey = options.singletonKey;
      const id = await boss.send(queue, data, sendOptions);
      if (!id) throw new Error(`job not queued on ${queue} (a job with the same key is already waiting)`);
      return id;
    },
    async work(queue, handler) {
      await boss.work<never>(queue, { batchSize: 1, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) {
          await handler(job.data, {
            jobId: job.id,
            retryCount: (job as { retryCount?: number }).retryCount ?? 0,
          });
        }
      });
    },
    repeat(name, intervalMs, task) {
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        task()
          .catch((error: unknown) =>
            logger.warn("repeated task failed", {
              task: name,
              error: error instanceof Error ? error.message : String(error),
            }),
          )
          .finally(() => (running = false));
      }, intervalMs);
      timer.unref();
      repeating.push(timer);
    },
    async stop() {
      for (const timer of repeating.splice(0)) clearInterval(timer);
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
    },
  };
}
