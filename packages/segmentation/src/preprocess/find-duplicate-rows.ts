import { SegmentationError } from "../errors";

export interface DuplicateRow {
  row: number;
  /** The earlier row with the same key, which is kept. */
  firstRow: number;
  key: string;
}

export interface DuplicateSearch {
  /** Rows kept (first of each key), ascending. */
  keep: number[];
  duplicates: DuplicateRow[];
}

/**
 * Rows whose key columns equal an earlier row's (values compared as trimmed text, so 7 and "7"
 * match). Keeps the first; rows with a missing key value are never duplicates.
 */
export function findDuplicateRows(
  rows: ReadonlyArray<Record<string, unknown>>,
  keyColumns: readonly string[],
): DuplicateSearch {
  if (keyColumns.length === 0)
    throw new SegmentationError("INVALID_OPTION", "duplicate search needs at least one key column");
  const firstOf = new Map<string, number>();
  const keep: number[] = [];
  const duplicates: DuplicateRow[] = [];
  rows.forEach((row, i) => {
    const parts: string[] = [];
    for (const column of keyColumns) {
      const value = row[column];
      if (value === null || value === undefined || String(value).trim() === "") {
        keep.push(i);
        return;
      }
      parts.push(value instanceof Date ? value.toISOString() : String(value).trim());
    }
    const key = parts.join(" | ");
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, i);
      keep.push(i);
    } else duplicates.push({ row: i, firstRow: first, key });
  });
  return { keep, duplicates };
}
