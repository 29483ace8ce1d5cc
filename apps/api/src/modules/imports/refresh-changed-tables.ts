import type { Logger } from "../../logging/logger";
import { quoteIdentifier, type ImportSql } from "./import-sql";

/** A table is analysed after an import that changed more rows than this… */
const analyseAboveRows = 10_000;
/** …or more than this share of the rows it had. */
const analyseAboveShare = 0.1;

export interface RefreshChangedTablesOptions {
  /** Outside any transaction: each statement commits on its own. */
  sql: ImportSql;
  tables: readonly string[];
  /** Rows the import created or changed. */
  changedRows: number;
  importJobId: string;
  logger: Logger;
}

/** Whether a table that had `tableRows` rows (negative: never analysed) needs new statistics. */
export function needsAnalyse(changedRows: number, tableRows: number): boolean {
  return changedRows > analyseAboveRows || changedRows > analyseAboveShare * Math.max(0, tableRows);
}

/**
 * After an import commits: merges the GIN pending lists of the changed tables (a search scans the whole
 * pending list until autovacuum merges it, and autovacuum may be off or late), and analyses the tables the
 * import changed a large part of, so the next queries plan with their new size. Failures are only logged:
 * the import itself has committed.
 */
export async function refreshChangedTables({
  sql,
  tables,
  changedRows,
  importJobId,
  logger,
}: RefreshChangedTablesOptions): Promise<void> {
  if (changedRows === 0 || tables.length === 0) return;
  try {
    const found = await sql.query<{ name: string; rows: number; gin_indexes: string[] }>(
      `SELECT c.relname AS name, c.reltuples::float8 AS rows,
              array(SELECT i.indexrelid::regclass::text FROM pg_index i
                    JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                    WHERE i.indrelid = c.oid AND am.amname = 'gin') AS gin_indexes
       FROM pg_class c WHERE c.oid = ANY (SELECT to_regclass(quote_ident(t)) FROM unnest($1::text[]) AS t)`,
      [tables],
    );
    for (const table of found.rows) {
      for (const index of table.gin_indexes)
        await sql.query("SELECT gin_clean_pending_list($1::regclass)", [index]);
      if (needsAnalyse(changedRows, Number(table.rows)))
        await sql.query(`ANALYZE ${quoteIdentifier(table.name)}`);
    }
  } catch (error) {
    logger.warn("tables changed by an import were not refreshed (search indexes or statistics)", {
      importJobId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
