import { createWriteStream } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { once } from "node:events";
import {
  createPrismaClient,
  createTestDatabase,
  type ImportKind,
  type PrismaClient,
} from "@seglens/database";
import { createLogger } from "../../logging/logger";
import { executeSegmentationRun } from "../segmentation-runs/execute-segmentation-run";
import {
  customerHeader,
  customerLine,
  eventHeader,
  eventLine,
  orderHeader,
  orderLine,
} from "./benchmark-rows";
import { guessMapping } from "./import-mapping";
import { runImportJob } from "./run-import-job";
import { importUploadDir, uploadedFilePath } from "./upload-storage";

async function importFile(
  prisma: PrismaClient,
  databaseUrl: string,
  kind: ImportKind,
  header: string,
  rows: number,
  line: (index: number) => string,
) {
  const job = await prisma.importJob.create({
    data: {
      kind,
      fileName: "bench.csv",
      fileSha256: "0".repeat(64),
      fileSize: 0,
      // What an upload guesses from the header.
      mapping: guessMapping(kind, header.split(",")),
    },
  });
  await mkdir(importUploadDir(), { recursive: true });
  const path = uploadedFilePath(job.id);
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (let index = 0; index < rows; index += 1) {
    if (!out.write(line(index))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  await prisma.importJob.update({ where: { id: job.id }, data: { fileSize: (await stat(path)).size } });
  const startedAt = Date.now();
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const backend = watchImportBackendCpu(prisma);
  await runImportJob({
    prisma,
    databaseUrl,
    importJobId: job.id,
    logger: createLogger(process.env.LOG_LEVEL === "debug" ? "debug" : "info"),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const postgresCpuSeconds = backend.stop();
  const done = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
  const scored = await prisma.segmentMembership.count({ where: { source: "REALTIME" } });
  const committedSeconds = ((done.finishedAt?.getTime() ?? Number.NaN) - startedAt) / 1000;
  return {
    kind,
    rows,
    status: done.status,
    created: done.createdCount,
    /** Memberships scored in real time so far (with --with-active-run). */
    scored,
    /** Until the import committed (SUCCEEDED, its rows readable): the job's finishedAt. */
    committedSeconds: Number(committedSeconds.toFixed(2)),
    committedRowsPerSecond: Math.round(rows / committedSeconds),
    /** Until runImportJob returned: also the indexes built after the commit, and the statistics. */
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    nodeCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    postgresCpuSeconds,
    peakRssMb: Math.round(process.memoryUsage().rss / 1e6),
  };
}

/**
 * On a shared machine wall time follows the load, so the import's PostgreSQL backend CPU time is sampled
 * too (from /proc, when the database runs on this machine; null otherwise).
 */
function watchImportBackendCpu(prisma: PrismaClient): { stop(): number | null } {
  let pid: number | null = null;
  let ticks: number | null = null;
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void (async () => {
      try {
        if (pid === null) {
          const rows = await prisma.$queryRaw<
            { pid: number }[]
          >`SELECT pid FROM pg_stat_activity WHERE application_name = 'seglens-import' AND datname = current_database()`;
          pid = rows[0]?.pid ?? null;
        }
        if (pid !== null) {
          // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (1/100 s).
          const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1].split(" ");
          ticks = Number(fields[11]) + Number(fields[12]);
        }
      } catch {
        // the backend ended, or the database is on another machine
      } finally {
        sampling = false;
      }
    })();
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return ticks === null ? null : ticks / 100;
    },
  };
}

/**
 * Benchmark (not a test): imports a generated file of N rows into a fresh database and prints rows/s.
 * Usage: DATABASE_URL=postgresql://… node benchmark-import.js [customers|orders|events] [rows]
 *        [--without-search-indexes] [--with-active-run] [--into-existing]
 * (orders: N order lines, 3 per order, for N/10 customers imported first and not timed; events: N events for N/10
 * customers imported first and not timed; --with-active-run:
 * a segmentation run on 3,000 other customers is active first, so the import scores the customers it changes;
 * --into-existing: the tables the timed import fills already hold N other rows, so it maintains their indexes row by
 * row instead of the bulk write of a first import).
 */
interface BenchmarkOptions {
  withoutSearchIndexes: boolean;
  withActiveRun: boolean;
  intoExisting: boolean;
}

async function benchmark(
  kind: string,
  rowCount: number,
  { withoutSearchIndexes, withActiveRun, intoExisting }: BenchmarkOptions,
): Promise<void> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 4 });
  try {
    if (withoutSearchIndexes) {
      // To see what the customers' trigram search indexes cost an import (they are not dropped in real use).
      await prisma.$executeRawUnsafe('DROP INDEX IF EXISTS "Customer_search_trgm_idx"');
    }
    if (withActiveRun) await activateSmallRun(prisma);
    if (kind === "orders" || kind === "events") {
      const customers = Math.max(1, Math.floor(rowCount / 10));
      await importFile(prisma, database.databaseUrl, "CUSTOMERS", customerHeader, customers, customerLine);
      if (intoExisting) await insertExistingRows(prisma, kind, rowCount);
      const result =
        kind === "orders"
          ? await importFile(prisma, database.databaseUrl, "ORDERS", orderHeader, rowCount, (index) =>
              orderLine(index, customers),
            )
          : await importFile(prisma, database.databaseUrl, "EVENTS", eventHeader, rowCount, (index) =>
              eventLine(index, customers),
            );
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      if (intoExisting) await insertExistingRows(prisma, "customers", rowCount);
      const result = await importFile(
        prisma,
        database.databaseUrl,
        "CUSTOMERS",
        customerHeader,
        rowCount,
        customerLine,
      );
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

/** `rows` rows (not timed) in the tables the timed import of `kind` fills, for the existing customers. */
async function insertExistingRows(prisma: PrismaClient, kind: string, rows: number): Promise<void> {
  if (kind === "customers") {
    await prisma.$executeRaw`
      insert into "Customer" ("externalId", "email", "name", "updatedAt")
      select 'E' || g, 'existing' || g || '@example.org', 'Existing ' || g, now() from generate_series(1, ${rows}) g`;
  } else if (kind === "orders") {
    await prisma.$executeRaw`
      insert into "Order" ("externalId", "customerId", "orderedAt", "total")
      select 'EO' || g, (select min(id) from "Customer"), now(), 10 from generate_series(1, ${Math.ceil(rows / 3)}) g`;
    await prisma.$executeRaw`
      insert into "OrderLine" ("orderId", "sku", "quantity", "unitPrice")
      select o.id, 'ESKU-' || k, 1, 10 from "Order" o, generate_series(1, 3) k`;
  } else {
    await prisma.$executeRaw`
      insert into "Event" ("customerId", "type", "occurredAt", "properties", "dedupeKey")
      select (select min(id) from "Customer"), 'VIEW', now(), '{}', 'existing-' || g from generate_series(1, ${rows}) g`;
  }
  await prisma.$executeRawUnsafe("ANALYZE");
}

/** 3,000 customers in three order patterns, and an active run (K = 3) clustered on them. */
async function activateSmallRun(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    insert into "Customer" ("externalId", "signupDate", "updatedAt")
    select 'run-' || g, now() - make_interval(days => 300 + g % 200), now() from generate_series(1, 3000) g`;
  await prisma.$executeRaw`
    insert into "Order" ("externalId", "customerId", "orderedAt", total)
    select 'run-o' || c.id || '-' || k, c.id, now() - make_interval(days => (c.id % 3) * 150 + k * 7), 20 + (c.id % 3) * 80
    from "Customer" c, generate_series(1, 1 + (c.id % 3) * 3) k`;
  const run = await prisma.segmentationRun.create({
    data: {
      name: "benchmark",
      parameters: {
        features: ["recency_days", "frequency", "monetary", "tenure_days"],
        k: 3,
        kMin: 2,
        kMax: 8,
        scaling: "STANDARD",
        restarts: 3,
        seed: 0,
        excludeSensitive: true,
      },
    },
  });
  await executeSegmentationRun({ prisma, logger: createLogger("info"), runId: run.id });
  await prisma.segmentationRun.update({ where: { id: run.id }, data: { isActive: true } });
}

benchmark(process.argv[2] ?? "customers", Number(process.argv[3] ?? 100_000), {
  withoutSearchIndexes: process.argv.includes("--without-search-indexes"),
  withActiveRun: process.argv.includes("--with-active-run"),
  intoExisting: process.argv.includes("--into-existing"),
}).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
