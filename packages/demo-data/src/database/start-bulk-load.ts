import type { ClientBase } from "pg";
import type { BatchWriter } from "./batch-writer";
import { insertBatchWithCopy } from "./insert-batch-with-copy";
import {
  restoreIndexesAndForeignKeys,
  suspendIndexesAndForeignKeys,
} from "./suspend-indexes-and-foreign-keys";

/** The tables a seed fills, parents first. Product is left alone: it is small and may hold other rows. */
export const SEEDED_TABLES = ["Customer", "Order", "OrderLine", "Event"] as const;

const LOCK_TABLES = `LOCK TABLE ${SEEDED_TABLES.map((table) => `"${table}"`).join(", ")} IN ACCESS EXCLUSIVE MODE`;
const TABLES_EMPTY = `SELECT ${SEEDED_TABLES.map((table) => `NOT EXISTS (SELECT 1 FROM "${table}")`).join(" AND ")} AS empty`;

const errorCode = (error: unknown) =>
  typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
/** Another session holds a lock (55P03), or this role may not lock or alter the tables (42501). */
const cannotTakeTables = (error: unknown) => ["55P03", "42501"].includes(String(errorCode(error)));

export interface BulkLoadOptions {
  client: ClientBase;
  productIds: ReadonlyMap<string, number>;
}

/**
 * The fast path into empty tables: ONE transaction that locks the four tables, drops their secondary
 * indexes and foreign keys, COPYs every batch, then rebuilds the indexes, re-checks the foreign keys
 * and commits. No row can conflict (the tables are empty and locked), so nothing is checked per batch.
 * Interrupted, it rolls back completely and the database is empty again, so running the same command
 * again starts over cleanly. Returns null, with nothing changed, when a table holds rows, another
 * session holds a lock on one, or this role may not alter them: then the per-batch path is the one.
 * The transaction is open when this returns; products written next are part of it.
 */
export async function startBulkLoad({ client, productIds }: BulkLoadOptions): Promise<BatchWriter | null> {
  await client.query("BEGIN");
  try {
    // A running API holding a lock should not stall the seed: give up quickly and go per batch.
    await client.query("SET LOCAL lock_timeout = '5s'");
    await client.query(LOCK_TABLES);
    await client.query("SET LOCAL lock_timeout = 0");
    const { rows } = await client.query<{ empty: boolean }>(TABLES_EMPTY);
    if (!rows[0].empty) {
      await client.query("ROLLBACK");
      return null;
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (cannotTakeTables(error)) return null;
    throw error;
  }
  let suspended;
  try {
    suspended = await suspendIndexesAndForeignKeys(client, SEEDED_TABLES);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (cannotTakeTables(error)) return null;
    throw error;
  }
  return {
    method: "bulk",
    write: (batch) => insertBatchWithCopy({ client, batch, productIds }),
    async finish() {
      // Index builds sort in memory when they can: the default 64 MB spills even 100,000 customers' event keys
      // to disk, and a million customers' (15 million keys, about 1.5 GB) merge far fewer runs with 1 GB.
      await client.query("SET LOCAL maintenance_work_mem = '1GB'");
      await restoreIndexesAndForeignKeys(client, suspended);
      await client.query("COMMIT");
      // Fresh tables have no statistics until autovacuum comes by; the first queries would plan blind.
      await client.query(`ANALYZE ${SEEDED_TABLES.map((table) => `"${table}"`).join(", ")}`);
    },
    async abort() {
      await client.query("ROLLBACK");
    },
  };
}
