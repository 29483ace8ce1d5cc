import type { Prisma } from "@seglens/database";
import type { ImportRowReader, RowIssue } from "./import-row-reader";

export type ImportDb = Prisma.TransactionClient;

export interface ValidRow<T> {
  rowNumber: number;
  record: T;
}

export interface ResolvedBatch<T> {
  /** Rows to write, with database ids filled in. */
  rows: ValidRow<T>[];
  /** Rows the database checks refused (unknown customer, email of another customer); issue columns are FIELD names. */
  invalid: { rowNumber: number; issues: RowIssue[] }[];
  /** Rows left out on purpose (suppressed = erased customers). */
  skipped: number[];
}

export interface WriteCounts {
  created: number;
  updated: number;
  /** Rows already stored exactly so (re-uploads change nothing). */
  skipped: number;
}

/** What differs between customers, orders and events imports; the job runs all three the same way. */
export interface ImportProcessor<T> {
  /** Field checks and checks across rows of the file (duplicates); call once per row in file order. */
  validateRow(reader: ImportRowReader): T | null;
  /** Checks against the database for a batch of valid rows. */
  resolveBatch(rows: ValidRow<T>[], db: ImportDb): Promise<ResolvedBatch<T>>;
  /** Upserts a batch (multi-row statements) and says what changed. */
  writeBatch(rows: ValidRow<T>[], db: ImportDb): Promise<WriteCounts>;
}
