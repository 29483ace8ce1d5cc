import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { copyTextLine } from "./copy-text-line";
import type { StagedValue, StagingColumn } from "./import-processor";
import type { ImportSql } from "./import-sql";

export interface LoadStagingRowsOptions {
  sql: ImportSql;
  /** Every column of import_rows, in the order of the values of each row. */
  columns: readonly StagingColumn[];
  batches: AsyncIterable<StagedValue[][]>;
  /** COPY FROM STDIN when the server takes it; else multi-row INSERTs (the embedded PGlite's socket has no COPY). */
  useCopy: boolean;
}

/** Streams batches of rows into the staging table import_rows; one batch is in memory at a time. */
export async function loadStagingRows({
  sql,
  columns,
  batches,
  useCopy,
}: LoadStagingRowsOptions): Promise<void> {
  const names = columns.map((column) => column.name).join(", ");
  if (useCopy) {
    await pipeline(
      Readable.from(copyText(batches)),
      sql.query(copyFrom(`COPY import_rows (${names}) FROM STDIN`)),
    );
    return;
  }
  // One text[] parameter per column whatever the batch size, cast to the column types in SQL.
  const arrays = columns.map((_, index) => `$${index + 1}::text[]`).join(", ");
  const casts = columns.map((column, index) => `u.c${index}::${column.type}`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  const statement = `INSERT INTO import_rows (${names}) SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`;
  for await (const batch of batches) {
    const values = columns.map((_, index) => batch.map((row) => asText(row[index])));
    await sql.query(statement, values);
  }
}

async function* copyText(batches: AsyncIterable<StagedValue[][]>): AsyncGenerator<string> {
  for await (const batch of batches) {
    let chunk = "";
    for (const row of batch) chunk += copyTextLine(row);
    yield chunk;
  }
}

function asText(value: StagedValue): string | null {
  if (value === null) return null;
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value);
}
