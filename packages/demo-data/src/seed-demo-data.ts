import { createCsvSink } from "./csv/write-demo-csv";
import { createDatabaseSink, type DatabaseWriteCounts } from "./database/create-database-sink";
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
  batchSize?: number;
  onProgress?: (customersDone: number, customersTotal: number) => void;
}

export interface SeedDemoDataResult {
  /** Everything the generator produced. */
  generated: DemoShopCounts;
  /** What was new to the database (zero on a second run with the same seed). */
  inserted: DatabaseWriteCounts;
}

/** Generates the demo shop and loads it into the database (and optionally CSV files) in one pass. */
export async function seedDemoData({
  databaseUrl,
  customers,
  seed,
  asOf,
  csvDirectory,
  batchSize,
  onProgress,
}: SeedDemoDataOptions): Promise<SeedDemoDataResult> {
  const shop = generateDemoShop({ customers, seed, asOf });
  const database = await createDatabaseSink({ databaseUrl });
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
  return { generated, inserted: database.inserted() };
}
