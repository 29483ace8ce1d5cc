#!/usr/bin/env node
// Seeds fresh throw-away databases with each write method and batch size (run `pnpm build` first).
//   node bench/compare-write-methods.js [customers=20000] [methods=insert,copy] [batchSizes=500,5000] [serverUrl=$DATABASE_URL]
const { createTestDatabase } = require("@seglens/database");
const { seedDemoData } = require("../dist");

const customers = Number(process.argv[2] ?? 20_000);
const methods = (process.argv[3] ?? "insert,copy").split(",");
const batchSizes = (process.argv[4] ?? "500,5000").split(",").map(Number);
const serverUrl = process.argv[5] ?? process.env.DATABASE_URL;

async function main() {
  if (!serverUrl) throw new Error("pass a server URL or set DATABASE_URL");
  for (const writeMethod of methods) {
    for (const batchSize of batchSizes) {
      const database = await createTestDatabase(serverUrl);
      try {
        const start = performance.now();
        const { inserted } = await seedDemoData({
          databaseUrl: database.databaseUrl,
          customers,
          batchSize,
          writeMethod,
        });
        const seconds = (performance.now() - start) / 1000;
        const rows =
          inserted.products + inserted.customers + inserted.orders + inserted.orderLines + inserted.events;
        console.log(
          `${writeMethod} batch ${batchSize}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en")} rows/s)`,
        );
      } finally {
        await database.drop();
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
