#!/usr/bin/env node
// Measures generation, CSV writing and database seeding (run `pnpm build` first).
//   node bench/measure-seed.js [customers=100000] [databaseServerUrl=$DATABASE_URL]
// The database run uses a fresh throw-away database on the given server (dropped afterwards).
const { mkdtemp, rm, stat } = require("node:fs/promises");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { createTestDatabase } = require("@seglens/database");
const { generateDemoShop, writeDemoCsv, seedDemoData } = require("../dist");

const customers = Number(process.argv[2] ?? 100_000);
const serverUrl = process.argv[3] ?? process.env.DATABASE_URL;
const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
const rate = (rows, start) => Math.round(rows / ((performance.now() - start) / 1000)).toLocaleString("en");

async function main() {
  let start = performance.now();
  let orders = 0;
  let events = 0;
  for (const record of generateDemoShop({ customers }).customers()) {
    orders += record.orders.length;
    events += record.events.length;
  }
  console.log(
    `generate only: ${customers} customers, ${orders} orders, ${events} events in ${seconds(start)} s`,
  );

  const directory = await mkdtemp(path.join(tmpdir(), "demo-csv-bench-"));
  try {
    start = performance.now();
    const counts = await writeDemoCsv({ shop: generateDemoShop({ customers }), directory });
    const rows = counts.customers + counts.orderLines + counts.events + counts.products;
    let bytes = 0;
    for (const name of ["customers.csv", "products.csv", "orders.csv", "events.csv"])
      bytes += (await stat(path.join(directory, name))).size;
    console.log(
      `generate + CSV: ${JSON.stringify(counts)} in ${seconds(start)} s (${rate(rows, start)} rows/s, ${(bytes / 1e6).toFixed(0)} MB)`,
    );
  } finally {
    await rm(directory, { recursive: true, force: true });
  }

  if (!serverUrl) {
    console.log("database: skipped (pass a server URL or set DATABASE_URL)");
    return;
  }
  const database = await createTestDatabase(serverUrl);
  try {
    start = performance.now();
    const result = await seedDemoData({ databaseUrl: database.databaseUrl, customers });
    const { inserted } = result;
    const rows =
      inserted.customers + inserted.orders + inserted.orderLines + inserted.events + inserted.products;
    console.log(
      `generate + database (${result.method}): ${JSON.stringify(inserted)} in ${seconds(start)} s (${rate(rows, start)} rows/s)`,
    );
    start = performance.now();
    const again = await seedDemoData({ databaseUrl: database.databaseUrl, customers });
    console.log(`second seed (${again.method}, all skipped): ${seconds(start)} s`);
  } finally {
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
