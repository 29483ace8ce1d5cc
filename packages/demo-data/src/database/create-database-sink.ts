import { Client } from "pg";
import { parseDatabaseUrl } from "@seglens/database";
import { formatCents } from "../csv/format-csv";
import { DemoDataError } from "../errors";
import type { DemoShopSink } from "../output/demo-shop-sink";
import type { BatchWriter } from "./batch-writer";
import { createPerBatchWriter } from "./create-per-batch-writer";
import { addWriteCounts, emptyWriteCounts, type DatabaseWriteCounts } from "./database-write-counts";
import { detectCopySupport } from "./detect-copy-support";
import { INSERT_PRODUCTS, SELECT_PRODUCT_IDS } from "./insert-statements";
import { startBulkLoad } from "./start-bulk-load";

export type { DatabaseWriteCounts } from "./database-write-counts";

/**
 * How batches are written.
 * - `bulk`: empty tables only; one transaction, COPY with indexes and foreign keys rebuilt at the end.
 * - `copy`: one transaction per batch; COPY for batches of new customers, INSERT … ON CONFLICT otherwise.
 * - `insert`: one transaction per batch of INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING.
 * - `auto` (default): `bulk` when the tables are empty, else `copy`; `insert` when the server has no
 *   COPY FROM STDIN (the embedded PGlite).
 */
export type DatabaseWriteMethod = "auto" | "bulk" | "copy" | "insert";

export interface DatabaseSink extends DemoShopSink {
  inserted(): DatabaseWriteCounts;
  /** The method in use (`auto` resolved). */
  readonly method: "bulk" | "copy" | "insert";
}

export interface CreateDatabaseSinkOptions {
  databaseUrl: string;
  method?: DatabaseWriteMethod;
}

function databaseError(action: string, error: unknown): DemoDataError {
  const message = error instanceof Error ? error.message : String(error);
  return new DemoDataError("DATABASE_ERROR", `could not ${action}: ${message}`);
}

async function chooseWriter(
  client: Client,
  method: DatabaseWriteMethod,
  productIds: ReadonlyMap<string, number>,
): Promise<BatchWriter> {
  if (method === "insert") return createPerBatchWriter({ client, productIds, useCopy: false });
  const copySupported = await detectCopySupport(client);
  if (!copySupported && method !== "auto") {
    throw new DemoDataError(
      "INVALID_OPTION",
      `write method ${method} needs COPY FROM STDIN, which this database (the embedded PGlite) does not accept: use auto or insert`,
    );
  }
  if (!copySupported) return createPerBatchWriter({ client, productIds, useCopy: false });
  if (method === "copy") return createPerBatchWriter({ client, productIds, useCopy: true });
  const bulk = await startBulkLoad({ client, productIds });
  if (bulk !== null) return bulk;
  if (method === "bulk") {
    throw new DemoDataError(
      "INVALID_OPTION",
      'write method bulk needs empty tables "Customer", "Order", "OrderLine" and "Event" that it may lock and alter: use auto or copy',
    );
  }
  return createPerBatchWriter({ client, productIds, useCopy: true });
}

/** Writes the shop through one connection, with the method `method` resolves to (see DatabaseWriteMethod). */
export async function createDatabaseSink({
  databaseUrl,
  method = "auto",
}: CreateDatabaseSinkOptions): Promise<DatabaseSink> {
  const client = new Client(parseDatabaseUrl(databaseUrl));
  try {
    await client.connect();
  } catch (error) {
    throw databaseError("connect to the database", error);
  }
  // A connection error between queries must not crash the process; the next query reports it.
  client.on("error", () => undefined);
  const counts = emptyWriteCounts();
  const productIds = new Map<string, number>();
  let writer: BatchWriter;
  try {
    writer = await chooseWriter(client, method, productIds);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error instanceof DemoDataError ? error : databaseError("prepare the database", error);
  }
  let failed = false;

  return {
    method: writer.method,
    async writeProducts(products) {
      try {
        const result = await client.query(INSERT_PRODUCTS, [
          products.map((p) => p.sku),
          products.map((p) => p.name),
          products.map((p) => p.category),
          products.map((p) => formatCents(p.priceCents)),
        ]);
        counts.products += result.rowCount ?? 0;
        const ids = await client.query<{ id: number; sku: string }>(SELECT_PRODUCT_IDS, [
          products.map((p) => p.sku),
        ]);
        for (const row of ids.rows) productIds.set(row.sku, row.id);
      } catch (error) {
        failed = true;
        throw databaseError("insert the products", error);
      }
    },
    async writeBatch(batch) {
      try {
        addWriteCounts(counts, await writer.write(batch));
      } catch (error) {
        failed = true;
        const first = batch[0]?.customer.externalId;
        throw databaseError(`insert the batch starting at customer ${first}`, error);
      }
    },
    async close() {
      try {
        if (failed) await writer.abort().catch(() => undefined);
        else await writer.finish();
      } catch (error) {
        await writer.abort().catch(() => undefined);
        throw databaseError("finish the load (indexes and foreign keys)", error);
      } finally {
        await client.end().catch(() => undefined);
      }
    },
    inserted: () => ({ ...counts }),
  };
}
