import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { copyTextLine } from "./copy-text-line";
import type { ImportErrorRecorder } from "./import-error-recorder";
import type { ImportProcessor } from "./import-processor";
import { ImportRowReader } from "./import-row-reader";
import type { ImportSql } from "./import-sql";
import type { ImportMapping } from "./import-mapping";
import { openImportRows } from "./read-import-rows";

/** Rows per chunk handed to the COPY stream (one write call each). */
const linesPerChunk = 1_000;

export interface StageImportFileOptions {
  sql: ImportSql;
  filePath: string;
  mapping: ImportMapping;
  processor: ImportProcessor;
  errors: ImportErrorRecorder;
  /** Fraction of the file read so far (0..1); called often, throttle it yourself. */
  onProgress: (fraction: number) => Promise<void>;
  fileSize: number;
}

export interface StagedFile {
  /** Data rows of the file (blank rows are not counted). */
  totalRows: number;
  /** The file column a field was read from (for error reports), or null. */
  columnOf: (field: string) => string | null;
}

/**
 * Creates the staging table `import_rows` (temporary, dropped at commit) and streams the file into it with
 * COPY, checking each row's fields on the way: a row's problems are recorded at once, and the row is
 * staged with valid = false when its processor still wants it for checks across rows. One chunk of rows
 * is in memory at a time, whatever the size of the file.
 */
export async function stageImportFile({ sql, filePath, mapping, processor, errors, onProgress, fileSize }: StageImportFileOptions): Promise<StagedFile> {
  const columns = processor.stagingColumns.map((column) => `${column.name} ${column.type}`).join(", ");
  await sql.query(`CREATE TEMP TABLE import_rows (row_number integer NOT NULL, valid boolean NOT NULL, skip boolean NOT NULL DEFAULT false, ${columns}) ON COMMIT DROP`);
  await sql.query("CREATE TEMP TABLE import_issues (row_number integer NOT NULL, check_index integer NOT NULL, field text, message text NOT NULL) ON COMMIT DROP");
  if (processor.setupSql) await sql.query(processor.setupSql);

  const source = await openImportRows(filePath);
  const reader = new ImportRowReader(source.columns, mapping);
  let totalRows = 0;

  async function* copyChunks(): AsyncGenerator<string> {
    let chunk = "";
    let lines = 0;
    for await (const row of source.rows) {
      const cells = source.format === "xlsx" ? padCells(row.cells, source.columns.length) : row.cells;
      if (cells.every((cell) => cell.trim() === "")) continue;
      totalRows += 1;
      const values = reader.begin(cells) ? processor.stageRow(reader) : null;
      const valid = reader.issues.length === 0;
      if (!valid) await errors.add(row.rowNumber, [...reader.issues]);
      if (values === null) continue;
      chunk += copyTextLine([row.rowNumber, valid, false, ...values]);
      lines += 1;
      if (lines >= linesPerChunk) {
        yield chunk;
        chunk = "";
        lines = 0;
        await onProgress(source.bytesRead() / fileSize);
      }
    }
    if (chunk !== "") yield chunk;
  }

  try {
    const names = ["row_number", "valid", "skip", ...processor.stagingColumns.map((column) => column.name)].join(", ");
    await pipeline(Readable.from(copyChunks()), sql.query(copyFrom(`COPY import_rows (${names}) FROM STDIN`)));
  } finally {
    source.close();
  }
  await errors.flush();
  // Temporary tables are never analysed automatically: without statistics the checks' joins plan badly.
  await sql.query("CREATE INDEX ON import_rows (row_number)");
  await sql.query("ANALYZE import_rows");
  return { totalRows, columnOf: (field) => reader.columnOf(field) };
}

/** Spreadsheets leave out trailing empty cells; CSV rows of the wrong width stay errors. */
function padCells(cells: string[], width: number): string[] {
  if (cells.length >= width) return cells.length > width && cells.slice(width).every((cell) => cell === "") ? cells.slice(0, width) : cells;
  return [...cells, ...new Array<string>(width - cells.length).fill("")];
}
