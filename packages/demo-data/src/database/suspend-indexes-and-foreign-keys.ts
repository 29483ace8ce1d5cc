import type { ClientBase } from "pg";

/** The DDL that puts back what suspendIndexesAndForeignKeys dropped, in the order to run it. */
export interface SuspendedDefinitions {
  statements: string[];
  indexes: number;
  foreignKeys: number;
}

// Primary keys stay (ids are appended in order, cheap to maintain, and other tables reference them),
// and so do indexes that back a constraint (they cannot be dropped on their own). CHECK constraints
// stay too: they cost little per row.
const SECONDARY_INDEXES = `
SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS create
FROM pg_index i
WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
ORDER BY i.indexrelid`;

const FOREIGN_KEYS = `
SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS create
FROM pg_constraint c
WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])
ORDER BY c.oid`;

/**
 * Drops the secondary indexes and foreign keys of `tables` inside the caller's transaction and returns
 * the statements that recreate them exactly (pg_get_indexdef / pg_get_constraintdef, same names).
 * Loading millions of rows into tables without them, then building each index once by sorting and
 * checking each foreign key with one join, is several times faster than maintaining them row by row.
 * Because DDL is transactional, a failure or an interruption rolls the drops back with the data.
 */
export async function suspendIndexesAndForeignKeys(
  client: ClientBase,
  tables: readonly string[],
): Promise<SuspendedDefinitions> {
  const names = tables.map((table) => `"${table}"`);
  const indexes = await client.query<{ drop: string; create: string }>(SECONDARY_INDEXES, [names]);
  const foreignKeys = await client.query<{ drop: string; create: string }>(FOREIGN_KEYS, [names]);
  for (const row of [...foreignKeys.rows, ...indexes.rows]) await client.query(row.drop);
  return {
    // In the migration's order: indexes, then foreign keys.
    statements: [...indexes.rows, ...foreignKeys.rows].map((row) => row.create),
    indexes: indexes.rowCount ?? 0,
    foreignKeys: foreignKeys.rowCount ?? 0,
  };
}

/** Runs the statements from suspendIndexesAndForeignKeys (same transaction). */
export async function restoreIndexesAndForeignKeys(
  client: ClientBase,
  suspended: SuspendedDefinitions,
): Promise<void> {
  for (const statement of suspended.statements) await client.query(statement);
}
