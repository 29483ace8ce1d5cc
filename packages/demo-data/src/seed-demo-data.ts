import { createCsvSink } from "./csv/write-demo-csv";
import {
  createDatabaseSink,
  type DatabaseSink,
  type DatabaseWriteCounts,
  type DatabaseWriteMethod,
} from "./database/create-database-sink";
import type { DemoShopCounts, DemoShopSink } from "./output/demo-shop-sink";
import { streamToSinks } from "./output/stream-to-sinks";
import { generateDemoShop } from "./shop/generate-demo-shop";

export interface SeedDemoDataOptions {
  /** A migrated PostgreSQL database (server or embedded). */
  databaseUrl: string;
  customers: number;
  seed?: number;
  /** yyyy-mm-dd; default 2026-11-01. */
  asOf?: string | Date;
  /** Also write the import CSV files here. */
  csvDirectory?: string;
  /** Customers per batch (and per transaction, except in a bulk load); default by method, see SEED_BATCH_SIZES. */
  batchSize?: number;
  /** How rows are written; default `auto` (COPY on a PostgreSQL server, INSERT on the embedded PGlite). */
  writeMethod?: DatabaseWriteMethod;
  onProgress?: (customersDone: number, customersTotal: number) => void;
}

export interface SeedDemoDataResult {
  /** Everything the generator produced. */
  generated: DemoShopCounts;
  /** What was new to the database (zero on a second run with the same seed). */
  inserted: DatabaseWriteCounts;
  /** How the rows were written (see DatabaseWriteMethod). */
  method: DatabaseSink["method"];
}

/**
 * Customers per batch (and transaction) when seeding, by write method. COPY pays a fixed cost per
 * statement (four per batch), so it likes large batches: 5,000 customers are about 75,000 rows and
 * 20 MB of COPY text. INSERT … unnest was measured slower with 5,000 than with 500 (20,000 customers:
 * 31 s against 19.5 s), its parameter arrays get large.
 */
export const SEED_BATCH_SIZES = { bulk: 5_000, copy: 5_000, insert: 500 } as const;

/** Generates the demo shop and loads it into the database (and optionally CSV files) in one pass. */
export async function seedDemoData({
  databaseUrl,
  customers,
  seed,
  asOf,
  csvDirectory,
  batchSize,
  writeMethod,
  onProgress,
}: SeedDemoDataOptions): Promise<SeedDemoDataResult> {
  const shop = generateDemoShop({ customers, seed, asOf });
  const database = await createDatabaseSink({ databaseUrl, method: writeMethod });
  const sinks: DemoShopSink[] = [database];
  if (csvDirectory !== undefined) {
    try {
      sinks.push(await createCsvSink(csvDirectory));
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  const generated = await streamToSinks({
    shop,
    sinks,
    batchSize: batchSize ?? SEED_BATCH_SIZES[database.method],
    onProgress,
  });
  return { generated, inserted: database.inserted(), method: database.method };
}
