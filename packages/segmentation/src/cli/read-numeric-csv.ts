import { readFileSync } from "node:fs";
import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { scanCsvBody, type CsvColumnStats } from "./scan-csv-body";
import { readCsvHeader } from "./read-csv-header";

export interface ReadNumericCsvOptions {
  /** Feature columns in this order. Default: every numeric column not in `exclude`, in file order. */
  features?: string[];
  /** Columns never picked as default features (e.g. the id column). */
  exclude?: string[];
  /** Columns whose raw text is kept even when numeric (e.g. an id such as "007"). */
  keepText?: string[];
  /** Empty feature cells become NaN (to impute later) instead of an error. Default false. */
  allowMissing?: boolean;
}

export interface NumericCsv {
  header: string[];
  rowCount: number;
  /** The chosen feature columns, in matrix column order. */
  features: string[];
  /** rowCount × features.length. */
  matrix: DenseMatrix;
  /** Every column parsed as a number (NaN where empty or not a number), rowCount × header.length. */
  table: DenseMatrix;
  /** Columns holding a value that is not a number (and the `keepText` ones): raw text by name. */
  textColumns: Record<string, string[]>;
  /** Columns whose non-empty values are all numbers. */
  numericColumns: string[];
}

/** Reads a CSV file with a header row (the CLI's one door to files). */
export function readNumericCsv(path: string, options: ReadNumericCsvOptions = {}): NumericCsv {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : message;
    throw new SegmentationError("INVALID_INPUT", `cannot read "${path}": ${reason}`);
  }
  return parseNumericCsv(bytes, options);
}

/**
 * Parses RFC 4180 CSV (quoted fields with "" escapes, commas and newlines inside quotes, BOM, CRLF).
 * Numbers are parsed straight from the bytes, so a numeric file never becomes millions of strings;
 * text is only decoded for columns that need it.
 */
export function parseNumericCsv(input: Buffer | string, options: ReadNumericCsvOptions = {}): NumericCsv {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const { header, bodyStart } = readCsvHeader(bytes);
  const columns = header.length;
  const indexOf = new Map(header.map((name, index) => [name, index]));
  // `exclude` may name absent columns (a default id column need not exist); the others may not.
  for (const name of [...(options.features ?? []), ...(options.keepText ?? [])]) {
    if (!indexOf.has(name)) {
      throw new SegmentationError(
        "INVALID_OPTION",
        `unknown column "${name}" (columns: ${header.join(", ")})`,
      );
    }
  }

  const capacity = countLineBreaks(bytes, bodyStart) + 1;
  const values = new Float64Array(capacity * columns);
  const keep = new Set((options.keepText ?? []).map((name) => indexOf.get(name) as number));
  let textCollectors = header.map((_, column) => (keep.has(column) ? ([] as string[]) : null));
  const { rows, stats } = scanCsvBody(bytes, bodyStart, columns, values, textCollectors);

  const textual = header.map((_, column) => stats.failures[column] > 0 || keep.has(column));
  if (textual.some((isText, column) => isText && textCollectors[column] === null)) {
    textCollectors = header.map((_, column) => (textual[column] ? ([] as string[]) : null));
    scanCsvBody(bytes, bodyStart, columns, new Float64Array(values.length), textCollectors);
  }

  const features = chooseFeatures(header, stats, options);
  const featureIndices = features.map((name) => indexOf.get(name) as number);
  for (const column of featureIndices)
    checkFeatureColumn(header[column], column, stats, options.allowMissing ?? false);

  const table: DenseMatrix = { rows, cols: columns, data: values.subarray(0, rows * columns) };
  const textColumns: Record<string, string[]> = {};
  textCollectors.forEach((collected, column) => {
    if (collected !== null) textColumns[header[column]] = collected;
  });
  return {
    header,
    rowCount: rows,
    features,
    matrix: selectColumns(table, featureIndices),
    table,
    textColumns,
    numericColumns: header.filter((_, column) => stats.failures[column] === 0 && stats.numbers[column] > 0),
  };
}

function countLineBreaks(bytes: Buffer, from: number): number {
  let count = 0;
  let position = bytes.indexOf(10, from);
  while (position !== -1) {
    count++;
    position = bytes.indexOf(10, position + 1);
  }
  return count;
}

/** Default features: numeric-looking columns (most non-empty values are numbers) not excluded. */
function chooseFeatures(header: string[], stats: CsvColumnStats, options: ReadNumericCsvOptions): string[] {
  if (options.features !== undefined) {
    if (options.features.length === 0)
      throw new SegmentationError("NO_NUMERIC_COLUMN", "no feature column given");
    return [...options.features];
  }
  const excluded = new Set(options.exclude ?? []);
  const chosen = header.filter(
    (name, column) =>
      !excluded.has(name) && stats.numbers[column] > 0 && stats.numbers[column] > stats.failures[column],
  );
  if (chosen.length === 0) {
    throw new SegmentationError(
      "NO_NUMERIC_COLUMN",
      `no numeric column to use as a feature (columns: ${header.join(", ")})`,
    );
  }
  return chosen;
}

function checkFeatureColumn(
  name: string,
  column: number,
  stats: CsvColumnStats,
  allowMissing: boolean,
): void {
  if (stats.failures[column] > 0) {
    throw new SegmentationError(
      "NON_NUMERIC_VALUE",
      `row ${stats.firstFailureRow[column] + 1}, column "${name}": "${stats.firstFailureText[column]}" is not a number`,
    );
  }
  if (!allowMissing && stats.empties[column] > 0) {
    throw new SegmentationError(
      "NON_NUMERIC_VALUE",
      `row ${stats.firstEmptyRow[column] + 1}, column "${name}" is empty`,
    );
  }
}

function selectColumns(table: DenseMatrix, indices: number[]): DenseMatrix {
  const { rows, cols, data } = table;
  if (indices.length === cols && indices.every((index, position) => index === position)) return table;
  const width = indices.length;
  const out = new Float64Array(rows * width);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < width; j++) out[i * width + j] = data[i * cols + indices[j]];
  }
  return { rows, cols: width, data: out };
}
