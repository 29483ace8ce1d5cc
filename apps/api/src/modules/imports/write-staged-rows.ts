import type { ImportProcessor, WriteCounts } from "./import-processor";
import type { ImportSql } from "./import-sql";

/** Row numbers per write statement: large enough to be set-based, small enough to report progress. */
const rowsPerChunk = 100_000;

export interface WriteStagedRowsOptions {
  sql: ImportSql;
  processor: ImportProcessor;
  /** The tables written without their indexes (see setAsideForBulkWrite). */
  setAsideTables: readonly string[];
  /** Fraction of the writes done (0..1). */
  onProgress: (fraction: number) => Promise<void>;
}

/** Writes the valid, not skipped staged rows in row-number chunks; `skipped` counts rows that changed nothing. */
export async function writeStagedRows({
  sql,
  processor,
  setAsideTables,
  onProgress,
}: WriteStagedRowsOptions): Promise<WriteCounts> {
  const bounds = await sql.query<{ first: number | null; last: number | null; rows: string }>(
    "SELECT min(row_number) AS first, max(row_number) AS last, count(*) AS rows FROM import_rows WHERE valid AND NOT skip",
  );
  const { first, last } = bounds.rows[0];
  const rows = Number(bounds.rows[0].rows);
  const counts: WriteCounts = { created: 0, updated: 0, skipped: 0 };
  if (first === null || last === null) return counts;
  if (processor.beforeWrites) await processor.beforeWrites(sql);
  let changed = 0;
  for (let from = first; from <= last; from += rowsPerChunk) {
    const to = Math.min(last, from + rowsPerChunk - 1);
    const chunk = await processor.writeRange(sql, { from, to }, setAsideTables);
    counts.created += chunk.created;
    changed += chunk.changed;
    await onProgress((to - first + 1) / (last - first + 1));
  }
  if (processor.finish) await processor.finish(sql);
  counts.updated = changed - counts.created;
  counts.skipped = rows - changed;
  return counts;
}
