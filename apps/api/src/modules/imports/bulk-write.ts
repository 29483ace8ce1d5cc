import { toAppError } from "../../errors/to-app-error";
import type { ImportProcessor } from "./import-processor";
import { quoteIdentifier, type ImportSql } from "./import-sql";

/** Below this many rows an import maintains the indexes row by row: a rebuild would cost more than it saves. */
const bulkMinimumRows = 10_000;
/** A table is written in bulk when it holds at most this share of the rows the import brings. */
const bulkMaximumExistingShare = 0.25;

/** A secondary index dropped for a bulk write; `definition` is its CREATE INDEX statement. */
interface SetAsideIndex {
  name: string;
  definition: string;
  unique: boolean;
  /** The access method: "btree", "gin", … */
  method: string;
}

/** A foreign key dropped for a bulk write; `definition` is what ADD CONSTRAINT takes after its name. */
interface SetAsideForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** What a bulk write set aside, to be restored after the writes. */
export interface BulkWriteSetAside {
  /** The bulk tables: written without their secondary indexes (and, for bulkUniqueTables, their unique ones). */
  tables: string[];
  indexes: SetAsideIndex[];
  foreignKeys: SetAsideForeignKey[];
}

const nothingSetAside: BulkWriteSetAside = { tables: [], indexes: [], foreignKeys: [] };

/** Taken first by every bulk import and by buildDeferredIndexes, in their transactions. */
const bulkImportLock = "SELECT pg_advisory_xact_lock(hashtextextended('seglens bulk import', 0))";
/** A sorted build in memory; the default 64 MB spills a million customers' trigrams to disk. */
const indexBuildMemory = "SET LOCAL maintenance_work_mem = '256MB'";

/**
 * A large first import (the table is empty or small next to the file) writes faster without the table's
 * secondary indexes and foreign-key checks, which are restored once after the writes, as pg_restore does: a GIN
 * trigram index maintained row by row costs twice its sorted build, and a foreign key checked row by row costs
 * half the order lines' write, where re-adding it checks every row in one join. Set aside: indexes that no
 * constraint owns, except primary keys and the unique indexes of tables outside bulkUniqueTables (they are the
 * writes' ON CONFLICT arbiters), and foreign keys between two of the bulk tables (a key to a table the import does
 * not lock, such as an event's key to Customer, stays checked row by row). A unique index built again checks every
 * key at once. All in the import's transaction: a rollback brings everything back as it was. Call it right after BEGIN:
 * the ACCESS EXCLUSIVE locks are taken before the checks read the tables, so the import never upgrades a lock
 * that another transaction waits behind. Readers of the bulk tables wait for the commit.
 */
export async function setAsideForBulkWrite(
  sql: ImportSql,
  { bulkTables: tables, bulkUniqueTables }: Pick<ImportProcessor, "bulkTables" | "bulkUniqueTables">,
  rowsToWrite: number,
): Promise<BulkWriteSetAside> {
  if (rowsToWrite < bulkMinimumRows) return nothingSetAside;
  // One bulk import at a time (API processes run imports side by side): a customers import scoring against
  // the active run reads Order while a bulk orders import holds Order and waits to lock Customer. Taken before
  // the counts below, whose share locks last until the commit: two imports counting the same table could each
  // wait for the other, one for the advisory lock and the other for its exclusive lock.
  await sql.query(bulkImportLock);
  const bulk: string[] = [];
  for (const table of tables) {
    const existing = await sql.query<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM (SELECT 1 FROM ${quoteIdentifier(table)} LIMIT $1) AS t`,
      [Math.floor(rowsToWrite * bulkMaximumExistingShare) + 1],
    );
    if (existing.rows[0].rows <= rowsToWrite * bulkMaximumExistingShare) bulk.push(table);
  }
  if (bulk.length === 0) return nothingSetAside;
  const names = bulk.map(quoteIdentifier);
  await sql.query(`LOCK TABLE ${names.join(", ")} IN ACCESS EXCLUSIVE MODE`);
  const foreignKeys = await sql.query<SetAsideForeignKey>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c
     WHERE c.contype = 'f' AND c.conrelid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
       AND c.confrelid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
     ORDER BY 1, 2`,
    [names],
  );
  for (const key of foreignKeys.rows)
    await sql.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);
  const indexes = await sql.query<SetAsideIndex>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition, i.indisunique AS unique,
            am.amname AS method
     FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
     WHERE i.indrelid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
       AND i.indisvalid AND NOT i.indisprimary
       AND (NOT i.indisunique OR i.indrelid = ANY (SELECT to_regclass(t) FROM unnest($2::text[]) AS t))
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [names, bulk.filter((table) => bulkUniqueTables.includes(table)).map(quoteIdentifier)],
  );
  for (const index of indexes.rows) await sql.query(`DROP INDEX ${index.name}`);
  return { tables: bulk, indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

/**
 * After the writes, in the same transaction: builds the indexes again, then adds the foreign keys back, which
 * checks every row (a row that broke one fails the import, and the rollback restores the old state). A unique
 * index that finds a key twice fails the import too, unless `removeDuplicates` is given (rows whose key is
 * taken are skipped, not errors): then the duplicates are deleted and the index built again. Returns how many
 * rows were deleted.
 *
 * GIN indexes (the customers' search) are not built here but recorded in DeferredIndexBuild, with the import,
 * and built after the commit by buildDeferredIndexes. A GIN build is single-threaded: it was 40% of a million
 * customers' import, all of it while readers of the table waited for the commit. Until it is built a search
 * scans the table: slower, with the same answers.
 */
export async function restoreAfterBulkWrite(
  sql: ImportSql,
  setAside: BulkWriteSetAside,
  removeDuplicates?: (sql: ImportSql) => Promise<number>,
): Promise<number> {
  await sql.query(indexBuildMemory);
  let removed = 0;
  for (const index of setAside.indexes) {
    if (index.method === "gin") {
      await sql.query(
        `INSERT INTO "DeferredIndexBuild" ("name", "definition") VALUES ($1, $2)
         ON CONFLICT ("name") DO UPDATE SET "definition" = EXCLUDED."definition"`,
        [index.name, index.definition],
      );
      continue;
    }
    if (!removeDuplicates || !index.unique) {
      await sql.query(index.definition);
      continue;
    }
    // Duplicates are rare (a first import of a clean file has none), so they are looked for only when the
    // build finds one: looking every time would cost as much as the build.
    await sql.query("SAVEPOINT unique_index_build");
    try {
      await sql.query(index.definition);
      await sql.query("RELEASE SAVEPOINT unique_index_build");
    } catch (error) {
      if (toAppError(error).code !== "CONFLICT") throw error;
      await sql.query("ROLLBACK TO SAVEPOINT unique_index_build");
      removed += await removeDuplicates(sql);
      await sql.query(index.definition);
    }
  }
  for (const key of setAside.foreignKeys)
    await sql.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`);
  return removed;
}

/**
 * Builds the indexes bulk imports left in DeferredIndexBuild, each in its own transaction that also deletes its
 * record; run it after an import commits and at start-up (an API stopped before the build). Outside any
 * transaction. The bulk imports' lock comes first, so a build waits for a running bulk import (which may record
 * the same index) instead of deadlocking with it. Writers of the table wait for the build; readers do not. A
 * build that fails keeps its record for the next try, and the others still run; then the failures are thrown.
 * Returns the names of the indexes built.
 */
export async function buildDeferredIndexes(sql: ImportSql): Promise<string[]> {
  const owed = await sql.query<{ name: string }>(
    `SELECT "name" FROM "DeferredIndexBuild" ORDER BY "createdAt", "name"`,
  );
  const built: string[] = [];
  const failures: string[] = [];
  for (const { name } of owed.rows) {
    await sql.query("BEGIN");
    try {
      await sql.query(bulkImportLock);
      await sql.query(indexBuildMemory);
      // Another process may have built it (and deleted the record) while this one waited for the lock.
      const record = await sql.query<{ definition: string; exists: boolean }>(
        `SELECT "definition", to_regclass("name") IS NOT NULL AS exists FROM "DeferredIndexBuild" WHERE "name" = $1`,
        [name],
      );
      const missing = record.rows.length > 0 && !record.rows[0].exists;
      if (missing) await sql.query(record.rows[0].definition);
      await sql.query(`DELETE FROM "DeferredIndexBuild" WHERE "name" = $1`, [name]);
      await sql.query("COMMIT");
      if (missing) built.push(name);
    } catch (error) {
      await sql.query("ROLLBACK").catch(() => undefined);
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`indexes not built: ${failures.join("; ")}`);
  return built;
}
