import path from "node:path";
import { openDatabase } from "@seglens/database";
import { writeDemoCsv } from "../csv/write-demo-csv";
import { DemoDataError } from "../errors";
import type { DemoShopCounts } from "../output/demo-shop-sink";
import { seedDemoData } from "../seed-demo-data";
import { generateDemoShop } from "../shop/generate-demo-shop";
import { SEED_USAGE, parseSeedArguments } from "./parse-seed-arguments";

export interface SeedCommandIo {
  env: Readonly<Record<string, string | undefined>>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Milliseconds from a monotonic clock, to report the run time. */
  now: () => number;
}

const number = (n: number) => n.toLocaleString("en");
const describeCounts = (counts: DemoShopCounts) =>
  `${number(counts.products)} products, ${number(counts.customers)} customers, ${number(counts.orders)} orders, ` +
  `${number(counts.orderLines)} order lines, ${number(counts.events)} events`;

const WRITE_METHOD_TEXT = {
  bulk: "one COPY transaction into empty tables (indexes and foreign keys rebuilt at the end)",
  copy: "COPY, one transaction per batch",
  insert: "INSERT … ON CONFLICT DO NOTHING, one transaction per batch",
} as const;

/** `pnpm seed ...`: returns the exit code; every failure is one line on stderr. */
export async function runSeedCommand(argv: readonly string[], io: SeedCommandIo): Promise<number> {
  try {
    const args = parseSeedArguments(argv, io.env);
    if (args.help) {
      io.out(SEED_USAGE);
      return 0;
    }
    const started = io.now();
    const elapsed = () => `${((io.now() - started) / 1000).toFixed(1)} s`;
    const what = `${number(args.customers)} customers (seed ${args.seed}, as of ${args.asOf})`;

    if (!args.writeDatabase) {
      const csvDirectory = args.csvDirectory ?? "";
      const shop = generateDemoShop({ customers: args.customers, seed: args.seed, asOf: args.asOf });
      const counts = await writeDemoCsv({ shop, directory: csvDirectory, batchSize: args.batchSize });
      io.out(`Wrote ${what} as CSV to ${path.resolve(csvDirectory)} in ${elapsed()}`);
      io.out(`  ${describeCounts(counts)}`);
      return 0;
    }

    const database = await openDatabase({
      databaseUrl: args.databaseUrl,
      embeddedDataDir: args.dataDirectory,
      embeddedPort: 0,
    });
    io.err(`  database ready (${database.mode}) after ${elapsed()}`);
    try {
      const target =
        database.mode === "embedded"
          ? `the embedded database in ${path.resolve(args.dataDirectory)}`
          : "PostgreSQL";
      let reported = 0;
      const result = await seedDemoData({
        databaseUrl: database.databaseUrl,
        customers: args.customers,
        seed: args.seed,
        asOf: args.asOf,
        csvDirectory: args.csvDirectory,
        batchSize: args.batchSize,
        onProgress: (done, total) => {
          // Roughly every 10 %, so a million customers show progress without flooding the terminal.
          if (done === total || done - reported >= total / 10) {
            reported = done;
            io.err(`  ${number(done)} / ${number(total)} customers (${elapsed()})`);
          }
        },
      });
      io.out(`Seeded ${what} into ${target} in ${elapsed()}`);
      io.out(`  generated: ${describeCounts(result.generated)}`);
      io.out(`  inserted:  ${describeCounts(result.inserted)}`);
      if (result.inserted.skippedCustomers > 0) {
        io.out(
          `  skipped ${number(result.inserted.skippedCustomers)} customers already in the database (with their orders and events)`,
        );
      }
      if (args.csvDirectory !== undefined) io.out(`  CSV files in ${path.resolve(args.csvDirectory)}`);
      io.out(`  written with ${WRITE_METHOD_TEXT[result.method]}`);
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`seed: ${message.split("\n")[0]}`);
    return error instanceof DemoDataError && error.code === "INVALID_ARGUMENT" ? 2 : 1;
  }
}
