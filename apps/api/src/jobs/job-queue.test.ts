import { createTestDatabase, type TestDatabase } from "@seglens/database";
import { createLogger } from "../logging/logger";
import { startJobQueue, type JobQueue } from "./job-queue";

describe("job queue on PostgreSQL", () => {
  let database: TestDatabase;
  const queues: JobQueue[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
  });
  afterAll(async () => {
    for (const queue of queues) await queue.stop();
    await database?.drop();
  });

  it("runs each job exactly once when two API processes work the same queue", async () => {
    const logger = createLogger("silent");
    const first = await startJobQueue({
      databaseUrl: database.databaseUrl,
      logger,
      pollingIntervalSeconds: 0.5,
    });
    const second = await startJobQueue({
      databaseUrl: database.databaseUrl,
      logger,
      pollingIntervalSeconds: 0.5,
    });
    queues.push(first, second);

    const handledBy: Record<number, string[]> = {};
    const record = (worker: string) => async (data: { n: number }) => {
      (handledBy[data.n] ??= []).push(worker);
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await first.work("webhook-delivery", record("first"));
    await second.work("webhook-delivery", record("second"));

    const total = 30;
    for (let n = 0; n < total; n++) await first.send("webhook-delivery", { n });

    const deadline = Date.now() + 40_000;
    while (Object.keys(handledBy).length < total && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(Object.keys(handledBy)).toHaveLength(total);
    for (let n = 0; n < total; n++) expect(handledBy[n]).toHaveLength(1);
    const workers = new Set(Object.values(handledBy).flat());
    expect(workers).toEqual(new Set(["first", "second"]));
  });

  it("repeats a task until stopped, never two runs at once, and keeps going after a failed run", async () => {
    const queue = await startJobQueue({ databaseUrl: database.databaseUrl, logger: createLogger("silent") });
    let runs = 0;
    let running = 0;
    let mostAtOnce = 0;
    queue.repeat("test sweep", 20, async () => {
      runs++;
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      // Slower than the interval, so a second run would overlap if it were started.
      await new Promise((resolve) => setTimeout(resolve, 60));
      running--;
      if (runs === 1) throw new Error("first run fails");
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await queue.stop();
    const runsAtStop = runs;
    expect(runsAtStop).toBeGreaterThanOrEqual(3);
    expect(mostAtOnce).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs).toBe(runsAtStop);
  });
});
