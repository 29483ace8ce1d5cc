import type { PrismaClient } from "@seglens/database";
import type { RowIssue } from "./import-row-reader";
import type { ImportSql } from "./import-sql";

/** At most this many error rows are stored per import; the rest are only counted. */
export const maxStoredRowErrors = 10_000;

interface StoredIssue {
  rowNumber: number;
  column: string | null;
  message: string;
}

/**
 * Collects per-row errors in memory (at most maxStoredRowErrors issues, so memory stays bounded) and saves
 * them when the import's transaction ends: with the import itself when it succeeds, or through Prisma after
 * the rollback when it fails, so the report survives. Nothing is written on another connection while the
 * transaction is open: the embedded database serves one transaction at a time and would wait forever.
 */
export class ImportErrorRecorder {
  invalidRowCount = 0;
  private readonly issues: StoredIssue[] = [];

  constructor(private readonly importJobId: string) {}

  /** Counts an invalid row and keeps its issues. */
  add(rowNumber: number, issues: readonly RowIssue[]): void {
    this.invalidRowCount += 1;
    this.addIssues(rowNumber, issues);
  }

  /** Keeps issues without counting the row (it was counted when it first became invalid). */
  addIssues(rowNumber: number, issues: readonly RowIssue[]): void {
    for (const issue of issues) {
      if (this.issues.length >= maxStoredRowErrors) return;
      this.issues.push({ rowNumber, column: issue.column, message: issue.message.slice(0, 1000) });
    }
  }

  /** Rows found invalid in bulk (by SQL), whose issues are kept with addIssues. */
  countInvalidRows(count: number): void {
    this.invalidRowCount += count;
  }

  /** How many more issues will be kept. */
  get remainingCapacity(): number {
    return maxStoredRowErrors - this.issues.length;
  }

  /** Saves the issues in the import's transaction (they commit with the import), in the order found. */
  async saveInTransaction(sql: ImportSql): Promise<void> {
    if (this.issues.length === 0) return;
    await sql.query(
      `INSERT INTO "ImportRowError" ("importJobId", "rowNumber", "column", "message")
       SELECT $1::uuid, u.row_number, u.column_name, u.message
       FROM unnest($2::int[], $3::text[], $4::text[]) WITH ORDINALITY AS u(row_number, column_name, message, position)
       ORDER BY u.position`,
      [
        this.importJobId,
        this.issues.map((issue) => issue.rowNumber),
        this.issues.map((issue) => issue.column),
        this.issues.map((issue) => issue.message),
      ],
    );
  }

  /** Saves the issues after the import's transaction was rolled back. */
  async saveAfterRollback(prisma: PrismaClient): Promise<void> {
    for (let start = 0; start < this.issues.length; start += 1_000) {
      await prisma.importRowError.createMany({
        data: this.issues
          .slice(start, start + 1_000)
          .map((issue) => ({ importJobId: this.importJobId, ...issue })),
      });
    }
  }
}
