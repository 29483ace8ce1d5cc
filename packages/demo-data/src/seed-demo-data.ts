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
  /** Customers per batch and transaction; default 5,000 (see SEED_BATCH_SIZE). */
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
 * Customers per batch (and transaction) when seeding: COPY pays a fixed cost per statement (four per
 * batch) and per transaction (a WAL flush at commit), so larger batches go faster; 5,000 customers are
 * about 75,000 rows and 20 MB of COPY text in memory at once.
 */
export const SEED_BATCH_SIZE = 5_000;

/** Generates the demo shop and loads it into the database (and optionally CSV files) in one pass. */
export async function seedDemoData({
  databaseUrl,
  customers,
  seed,
  asOf,
  csvDirectory,
  batchSize = SEED_BATCH_SIZE,
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
  const generated = await streamToSinks({ shop, sinks, batchSize, onProgress });
  return { generated, inserted: database.inserted(), method: database.method };
}
