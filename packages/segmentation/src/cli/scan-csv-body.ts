import { SegmentationError } from "../errors";
import { COMMA, CR, LF, parseDecimal, QUOTE, readQuotedField } from "./csv-bytes";

export interface CsvColumnStats {
  /** Per column: cells that are numbers, empty cells, cells that are text. */
  numbers: Int32Array;
  empties: Int32Array;
  failures: Int32Array;
  /** 0-based data row of the first empty / non-numeric cell, -1 when none. */
  firstEmptyRow: Int32Array;
  firstFailureRow: Int32Array;
  firstFailureText: string[];
}

/** Exact powers of ten: m / 10^s with m < 2^53 and s ≤ 22 is correctly rounded, the same as Number(). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
const EMPTY = -1;
const NOT_A_NUMBER = -2;

/**
 * One pass over the data rows: every cell is parsed as a number into `values` (row-major, NaN for
 * empty or text cells); columns with a collector also get their raw text. Blank lines are skipped.
 */
export function scanCsvBody(
  bytes: Buffer,
  start: number,
  columns: number,
  values: Float64Array,
  textCollectors: (string[] | null)[],
): { rows: number; stats: CsvColumnStats } {
  const stats: CsvColumnStats = {
    numbers: new Int32Array(columns),
    empties: new Int32Array(columns),
    failures: new Int32Array(columns),
    firstEmptyRow: new Int32Array(columns).fill(-1),
    firstFailureRow: new Int32Array(columns).fill(-1),
    firstFailureText: new Array<string>(columns).fill(""),
  };
  const end = bytes.length;
  let position = start;
  let row = 0;
  while (position < end) {
    const first = bytes[position];
    if (first === LF || first === CR) {
      position++;
      continue;
    }
    const base = row * columns;
    for (let column = 0; column < columns; column++) {
      const fieldStart = position;
      let value = 0;
      let kind = 0;
      let text: string | null = null;
      if (bytes[position] === QUOTE) {
        const field = readQuotedField(bytes, position, row + 1);
        text = field.text;
        position = field.next;
      } else {
        // Fast path: [+-]digits[.digits] read straight from the bytes.
        let cursor = position;
        let byte = bytes[cursor];
        const negative = byte === 45;
        if (negative || byte === 43) byte = bytes[++cursor];
        let mantissa = 0;
        let digits = 0;
        let fraction = 0;
        while (byte >= 48 && byte <= 57) {
          mantissa = mantissa * 10 + (byte - 48);
          digits++;
          byte = bytes[++cursor];
        }
        if (byte === 46) {
          byte = bytes[++cursor];
          while (byte >= 48 && byte <= 57) {
            mantissa = mantissa * 10 + (byte - 48);
            digits++;
            fraction++;
            byte = bytes[++cursor];
          }
        }
        if (digits > 0 && digits <= 15 && (cursor >= end || byte === COMMA || byte === LF || byte === CR)) {
          value = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
          if (negative) value = -value;
          position = cursor;
        } else {
          while (cursor < end && byte !== COMMA && byte !== LF && byte !== CR) byte = bytes[++cursor];
          text = bytes.toString("utf8", fieldStart, cursor);
          position = cursor;
        }
      }
      if (text !== null) {
        if (text.trim() === "") kind = EMPTY;
        else {
          value = parseDecimal(text);
          if (Number.isNaN(value)) kind = NOT_A_NUMBER;
        }
      }
      if (kind === 0) {
        values[base + column] = value;
        stats.numbers[column]++;
      } else {
        values[base + column] = NaN;
        if (kind === EMPTY) {
          if (stats.empties[column]++ === 0) stats.firstEmptyRow[column] = row;
        } else if (stats.failures[column]++ === 0) {
          stats.firstFailureRow[column] = row;
          stats.firstFailureText[column] = text as string;
        }
      }
      const collector = textCollectors[column];
      if (collector !== null) collector.push(text ?? bytes.toString("utf8", fieldStart, position));

      const delimiter = position < end ? bytes[position] : LF;
      if (column < columns - 1) {
        if (delimiter !== COMMA) {
          throw new SegmentationError(
            "INVALID_INPUT",
            `row ${row + 1} has ${column + 1} fields, expected ${columns}`,
          );
        }
        position++;
      } else if (delimiter === COMMA) {
        throw new SegmentationError("INVALID_INPUT", `row ${row + 1} has more than ${columns} fields`);
      } else if (delimiter === CR) {
        position++;
        if (position < end && bytes[position] === LF) position++;
      } else {
        position++;
      }
    }
    row++;
  }
  return { rows: row, stats };
}
