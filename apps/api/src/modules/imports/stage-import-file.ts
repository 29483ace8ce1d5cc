import type { CleaningResult, StoredCleaning } from "./import-cleaning";
import type { ImportErrorRecorder } from "./import-error-recorder";
import type { ImportProcessor, StagedValue, StagingColumn } from "./import-processor";
import { ImportRowCleaner } from "./import-row-cleaner";
import { ImportRowReader } from "./import-row-reader";
import type { ImportSql } from "./import-sql";
import type { ImportMapping } from "./import-mapping";
import { loadStagingRows } from "./load-staging-rows";
import { openImportRows } from "./read-import-rows";

/**
 * Rows per batch handed to the loader (one COPY write or one INSERT each), at least: a file's chunk is staged whole.
 * Small on purpose, like the file's chunks (see openImportRows): a row's objects then die before the garbage
 * collector's second young-generation pass, which would move them to the old generation. With 2,000 rows and
 * 256 KB chunks a third of what staging allocated was moved so, and staging 300,000 customers took 2.6-2.8 s
 * instead of 1.4 s (no database, this machine).
 */
const rowsPerBatch = 500;

/** Columns every staging table has before the processor's own. */
const commonColumns: readonly StagingColumn[] = [
  { name: "row_number", type: "integer" },
  { name: "valid", type: "boolean" },
  { name: "skip", type: "boolean" },
];

export interface StageImportFileOptions {
  sql: ImportSql;
  filePath: string;
  mapping: ImportMapping;
  processor: ImportProcessor;
  errors: ImportErrorRecorder;
  /** Fraction of the file read so far (0..1); called often, throttle it yourself. */
  onProgress: (fraction: number) => Promise<void>;
  fileSize: number;
  /** Whether the server takes COPY FROM STDIN (see loadStagingRows). */
  useCopy: boolean;
  /** Cleaning choices applied to each row before its checks (see ImportRowCleaner); null for none. */
  cleaning?: StoredCleaning | null;
}

export interface StagedFile {
  /** Data rows of the file (blank rows are not counted). */
  totalRows: number;
  /** The file column a field was read from (for error reports), or null. */
  columnOf: (field: string) => string | null;
  /** What the cleaning choices changed; null without choices. */
  cleaning: CleaningResult | null;
}

/** Drops the staging tables of this connection's session (they outlive transactions; see stageImportFile). */
export const dropStagingTables =
  "DROP TABLE IF EXISTS pg_temp.import_rows, pg_temp.import_issues, pg_temp.import_touched_customers";

/**
 * Creates the staging table `import_rows` (temporary, kept until dropStagingTables or the end of the session)
 * and streams the file into it (COPY where the server takes it), checking each row's fields on the way: a
 * row's problems are recorded at once, and the row is staged with valid = false when its processor still
 * wants it for checks across rows. One chunk of rows is in memory at a time, whatever the size of the file.
 * Run it outside a transaction: each batch then commits on its own, and the embedded database's one session
 * serves other requests between batches. Nothing but the temporary tables is written.
 */
export async function stageImportFile({
  sql,
  filePath,
  mapping,
  processor,
  errors,
  onProgress,
  fileSize,
  useCopy,
  cleaning = null,
}: StageImportFileOptions): Promise<StagedFile> {
  const columns = processor.stagingColumns.map((column) => `${column.name} ${column.type}`).join(", ");
  // Left over when the connection of an earlier import broke (the embedded database keeps its one session).
  await sql.query(dropStagingTables);
  await sql.query(
    `CREATE TEMP TABLE import_rows (row_number integer NOT NULL, valid boolean NOT NULL, skip boolean NOT NULL DEFAULT false, ${columns})`,
  );
  await sql.query(
    "CREATE TEMP TABLE import_issues (row_number integer NOT NULL, check_index integer NOT NULL, field text, message text NOT NULL)",
  );
  // The customers the writes change (scoreImportedCustomers scores them before the commit). No key: an id
  // may come twice (events), and keeping a unique index up to date row by row would cost six times more.
  await sql.query("CREATE TEMP TABLE import_touched_customers (id integer NOT NULL)");

  const source = await openImportRows(filePath);
  const reader = new ImportRowReader(source.columns, mapping);
  const cleaner = cleaning ? new ImportRowCleaner(source.columns, cleaning, errors) : null;
  let totalRows = 0;

  async function* batches(): AsyncGenerator<StagedValue[][]> {
    let batch: StagedValue[][] = [];
    for await (const rows of source.rowBatches) {
      for (const row of rows) {
        const cells = source.format === "xlsx" ? padCells(row.cells, source.columns.length) : row.cells;
        if (cells.every((cell) => cell.trim() === "")) continue;
        totalRows += 1;
        if (cleaner !== null && !cleaner.clean(row.rowNumber, cells)) continue;
        const values = reader.begin(cells) ? processor.stageRow(reader) : null;
        const valid = reader.issues.length === 0;
        if (!valid) errors.add(row.rowNumber, [...reader.issues]);
        if (values === null) continue;
        values.unshift(row.rowNumber, valid, false);
        batch.push(values);
      }
      if (batch.length >= rowsPerBatch) {
        yield batch;
        batch = [];
        await onProgress(source.bytesRead() / fileSize);
      }
    }
    if (batch.length > 0) yield batch;
  }

  try {
    await loadStagingRows({
      sql,
      columns: [...commonColumns, ...processor.stagingColumns],
      batches: batches(),
      useCopy,
    });
  } finally {
    source.close();
  }
  return { totalRows, columnOf: (field) => reader.columnOf(field), cleaning: cleaner?.result() ?? null };
}

/**
 * In the import's transaction, before the checks: temporary tables are never analysed automatically, and
 * without statistics the checks' joins plan badly; then the processor's own temp tables.
 */
export async function prepareStagedRows(sql: ImportSql, processor: ImportProcessor): Promise<void> {
  await sql.query("CREATE INDEX ON import_rows (row_number)");
  await sql.query("ANALYZE import_rows");
  if (processor.setupSql) await sql.query(processor.setupSql);
}

/** Spreadsheets leave out trailing empty cells; CSV rows of the wrong width stay errors. */
export function padCells(cells: string[], width: number): string[] {
  if (cells.length >= width)
    return cells.length > width && cells.slice(width).every((cell) => cell === "")
      ? cells.slice(0, width)
      : cells;
  return [...cells, ...new Array<string>(width - cells.length).fill("")];
}
