import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import { ImportFileError } from "./import-file-error";
import { CsvSyntaxError, parseCsvRecords } from "./parse-csv-records";

export interface ImportRow {
  /** Line number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  rowNumber: number;
  cells: string[];
}

export interface ImportRowSource {
  format: "csv" | "xlsx";
  columns: string[];
  /** The rows after the header, in batches (a CSV file's chunk, or one spreadsheet row). */
  rowBatches: AsyncGenerator<ImportRow[]>;
  /** Bytes of the file read so far (for progress). */
  bytesRead(): number;
  close(): void;
}

/** .xlsx files are zip archives; anything else is read as CSV. Decided by content, not by the file name. */
export async function detectFileFormat(filePath: string): Promise<"xlsx" | "csv"> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (bytesRead === 0) throw new ImportFileError("The file is empty.");
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
    if (head.includes(0))
      throw new ImportFileError(
        "The file is not a CSV text file (it contains binary data); upload CSV or .xlsx.",
      );
    return "csv";
  } finally {
    await handle.close();
  }
}

/**
 * Streams the rows of a CSV or .xlsx file (first worksheet) without holding the file in memory.
 * The first row is the header. Broken files raise ImportFileError naming the line.
 */
export async function openImportRows(filePath: string): Promise<ImportRowSource> {
  const format = await detectFileFormat(filePath);
  // 64 KB chunks: a chunk's rows are parsed together and live until the last of them is staged (see rowsPerBatch).
  const source = createReadStream(filePath, { highWaterMark: 1 << 16 });
  const batches = format === "csv" ? readCsvRows(source) : readXlsxRows(source);
  // An .xlsx read is closed by ending its rows, which reads the rest in the background (see readXlsxRows).
  const close = format === "csv" ? () => source.destroy() : () => void batches.return(undefined);
  // Blank lines before the header are passed over, as a spreadsheet would show them above the table.
  let rest: ImportRow[] = [];
  let header: ImportRow | undefined;
  while (header === undefined) {
    const batch = await batches.next();
    if (batch.done) {
      close();
      throw new ImportFileError("The file has no header row.");
    }
    const at = batch.value.findIndex(
      (row) => format === "xlsx" || row.cells.some((cell) => cell.trim() !== ""),
    );
    if (at === -1) continue;
    header = batch.value[at];
    rest = batch.value.slice(at + 1);
  }
  const columns = header.cells.map((cell) => cell.trim());
  if (columns.every((column) => column === "")) {
    close();
    throw new ImportFileError("The header row is empty.");
  }
  async function* rowBatches(): AsyncGenerator<ImportRow[]> {
    try {
      if (rest.length > 0) yield rest;
      yield* batches;
    } finally {
      // A consumer that stops during `rest` ends the reader too (yield* only forwards a stop while it runs).
      await batches.return(undefined);
    }
  }
  return { format, columns, rowBatches: rowBatches(), bytesRead: () => source.bytesRead, close };
}

/** Row numbers are the line where a record starts; blank lines come through as blank records (callers skip them). */
async function* readCsvRows(source: Readable): AsyncGenerator<ImportRow[]> {
  try {
    for await (const records of parseCsvRecords(source as AsyncIterable<Buffer>))
      yield records.map((record) => ({ rowNumber: record.line, cells: record.cells }));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ImportFileError(`The file is not valid CSV: ${error.message}`);
  }
}

/**
 * exceljs copies a worksheet that comes before the shared strings (where Excel and exceljs put it) to a temp file,
 * and deletes the copy only when its workbook reader runs to the end: stopping early left one file in the temp
 * folder per read, the size of the unzipped sheet. So the reader always runs to the end: rows of later worksheets
 * are read and dropped, and after an early close (a header or a preview read) the rest is read in the background.
 */
async function* readXlsxRows(source: Readable): AsyncGenerator<ImportRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // needed to tell date cells from numbers
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets = (reader as AsyncIterable<AsyncIterable<ExcelJS.Row>>)[Symbol.asyncIterator]();
  let rows: AsyncIterator<ExcelJS.Row> | undefined;
  let readAll = false;
  try {
    const first = await sheets.next();
    if (!first.done) {
      rows = first.value[Symbol.asyncIterator]();
      for (let row = await rows.next(); !row.done; row = await rows.next()) {
        // exceljs rows are 1-based: values[0] is always empty.
        const values = row.value.values as ExcelJS.CellValue[];
        yield [{ rowNumber: row.value.number, cells: values.slice(1).map(cellText) }];
      }
    }
    readAll = true;
    await readToEnd(sheets); // only the first worksheet is imported
  } catch (error) {
    readAll = true; // a broken workbook: nothing more to read
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(`The file is not a readable .xlsx workbook: ${message}`);
  } finally {
    if (!readAll) void readToEnd(sheets, rows).catch(() => undefined);
  }
}

/** Reads what is left of a workbook (the rest of the current worksheet, then every other one) and drops it. */
async function readToEnd(
  sheets: AsyncIterator<AsyncIterable<ExcelJS.Row>>,
  rows?: AsyncIterator<ExcelJS.Row>,
): Promise<void> {
  if (rows) while (!(await rows.next()).done);
  for (let sheet = await sheets.next(); !sheet.done; sheet = await sheets.next())
    for await (const row of sheet.value) void row;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return "";
  return "";
}
