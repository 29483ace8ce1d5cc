/**
 * Benchmark (not a test): seeds N synthetic customers (3 behaviour groups, 1–7 orders each) into a
 * fresh database with SQL, runs one segmentation run the way the job does, and prints where the
 * time went plus the latency of real-time scoring.
 *   npx tsc -p tsconfig.build.json && node dist/modules/segmentation-runs/benchmark-segmentation-run.js 100000
 * DATABASE_URL must point at a PostgreSQL server (a throw-away database is created and dropped).
 */
import { createPrismaClient, createTestDatabase } from "@seglens/database";
import { environment } from "../../env";
import { createLogger } from "../../logging/logger";
import { assignCustomersRealtime } from "./assign-customers-realtime";
import { executeSegmentationRun } from "./execute-segmentation-run";

async function main(): Promise<void> {
  const customers = Number(process.argv[2] ?? 100_000);
  const database = await createTestDatabase(environment().DATABASE_URL);
  const prisma = createPrismaClient({
    databaseUrl: database.databaseUrl,
    maxConnections: 4,
    statementTimeoutMs: 600_000,
  });
  try {
    let started = performance.now();
    await prisma.$executeRaw`
      insert into "Customer" ("externalId", country, "signupDate", "updatedAt")
      select 'c' || g, case when g % 2 = 0 then 'FR' else 'DE' end, now() - make_interval(days => 300 + g % 200), now()
      from generate_series(1, ${customers}) g`;
    await prisma.$executeRaw`
      insert into "Order" ("externalId", "customerId", "orderedAt", total)
      select 'o' || c.id || '-' || k, c.id,
             now() - make_interval(days => (c.id % 3) * 150 + k * 7 + (random() * 20)::int),
             20 + (c.id % 3) * 80 + round((random() * 30)::numeric, 2)
      from "Customer" c, generate_series(1, 1 + (c.id % 3) * 3) k`;
    await prisma.$executeRaw`analyze`;
    const orders = await prisma.order.count();
    console.log(
      `seeded ${customers} customers, ${orders} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const run = await prisma.segmentationRun.create({
      data: {
        name: "benchmark",
        parameters: {
          features: ["recency_days", "frequency", "monetary", "avg_order_value", "tenure_days"],
          k: null,
          kMin: 2,
          kMax: 8,
          scaling: "STANDARD",
          restarts: 10,
          seed: 0,
          excludeSensitive: true,
        },
      },
    });
    started = performance.now();
    const heapBefore = process.memoryUsage().rss;
    let peakRss = heapBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    await executeSegmentationRun({ prisma, logger: createLogger("info"), runId: run.id });
    clearInterval(sampler);
    const finished = await prisma.segmentationRun.findUniqueOrThrow({ where: { id: run.id } });
    console.log(
      `run ${finished.status} k=${finished.k} customers=${finished.customerCount} in ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
    );
    console.log(JSON.stringify(finished.timings));
    if (finished.error) console.log(finished.error);

    await prisma.segmentationRun.update({ where: { id: run.id }, data: { isActive: true } });
    started = performance.now();
    for (let id = 1; id <= 100; id++) await assignCustomersRealtime({ prisma, customerIds: [id] });
    console.log(
      `real-time scoring: ${((performance.now() - started) / 100).toFixed(1)} ms per customer (one at a time)`,
    );
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

void main();
