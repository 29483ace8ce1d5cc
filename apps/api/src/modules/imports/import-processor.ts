import type { ImportRowReader } from "./import-row-reader";
import type { ImportSql } from "./import-sql";

/** One value of a staging row as COPY receives it (null = SQL NULL). */
export type StagedValue = string | number | boolean | null;

/** A column of the per-import staging table (besides row_number, valid and skip, which every kind has). */
export interface StagingColumn {
  name: string;
  /** SQL type, e.g. `text`, `numeric`, `timestamp(3)`. */
  type: string;
}

/**
 * A set-based check over the staging table `import_rows`, run after every row is staged and before any
 * write. `sql` is a SELECT of (row_number, field, message): "issue" checks make those rows invalid with
 * the message (field = the import field, mapped back to the file's column for the report); "skip" checks
 * leave the rows out on purpose (erased customers), only row_number is read.
 */
export interface StagingCheck {
  effect: "issue" | "skip";
  sql: string;
}

/** Rows of the staging table by row number, both ends included: writes run in such chunks for progress. */
export interface RowRange {
  from: number;
  to: number;
}

export interface ChunkCounts {
  created: number;
  /** Rows created or changed (re-uploads change nothing, so skipped = rows - changed). */
  changed: number;
}

export interface WriteCounts {
  created: number;
  updated: number;
  /** Rows already stored exactly so, and rows left out on purpose (erased customers). */
  skipped: number;
}

export interface ImportProcessorOptions {
  /**
   * Record the customers the writes change in import_touched_customers, for scoring with the active run.
   * Without an active run nobody reads them, and writing 100,000 ids costs the import about a tenth of its writes.
   */
  recordTouchedCustomers: boolean;
}

/**
 * What differs between customers, orders, events and products imports; the job runs them all the same
 * way: stage every row (COPY), check in SQL, then write the valid rows with INSERT … SELECT.
 */
export interface ImportProcessor {
  readonly stagingColumns: readonly StagingColumn[];
  /** The tables the writes change (their indexes are tidied and their statistics refreshed after a large import). */
  readonly changedTables: readonly string[];
  /**
   * The tables the import writes, in the order their locks are taken (the customers first, as the API's own
   * writes take them): a large import into them while they are still small sets their secondary indexes and the
   * foreign keys between them aside and restores them after the writes (see setAsideForBulkWrite).
   */
  readonly bulkTables: readonly string[];
  /**
   * Of the bulk tables, those whose unique indexes (not the primary key) may be set aside too; building the index
   * again checks every key. While they are set aside, writeRange must not name them as ON CONFLICT arbiters.
   */
  readonly bulkUniqueTables: readonly string[];
  /**
   * Field checks of one row (call once per row in file order); problems go to `reader.issues`. Returns the
   * staging values in `stagingColumns` order, or null when the row is not staged at all. A row with issues
   * may still be staged (it is then invalid), so that checks across rows see it as an earlier row.
   */
  stageRow(reader: ImportRowReader): StagedValue[] | null;
  /** In order; a row made invalid or skipped by one check is not looked at by later checks that filter on it. */
  readonly checks: readonly StagingCheck[];
  /** Extra temp tables the writes use (created ON COMMIT DROP in the import's transaction, before the checks). */
  readonly setupSql?: string;
  /** Runs once after the checks, before the first range (set-up that needs to know which rows are valid). */
  beforeWrites?(sql: ImportSql): Promise<void>;
  /** Writes the valid, not skipped rows of a range; `setAsideTables`: the tables written without their indexes. */
  writeRange(sql: ImportSql, range: RowRange, setAsideTables: readonly string[]): Promise<ChunkCounts>;
  /** Runs once after the last range (denormalised totals). */
  finish?(sql: ImportSql): Promise<void>;
  /**
   * For kinds that skip a row whose key is stored (events): a bulk write, without the unique index that
   * turns such rows away, stored them all. Called only when building that index again finds a key twice:
   * deletes all but the first row of each key and returns how many it deleted.
   */
  removeBulkDuplicates?(sql: ImportSql): Promise<number>;
}
