import type { PrismaClient } from "@seglens/database";
import type { RowIssue } from "./import-row-reader";

/** At most this many error rows are stored per import; the rest are only counted. */
export const maxStoredRowErrors = 10_000;

/**
 * Collects per-row errors and stores them in batches through the main client (not the import's transaction),
 * so the report survives when the import itself is rolled back.
 */
export class ImportErrorRecorder {
  invalidRowCount = 0;
  private stored = 0;
  private pending: { importJobId: string; rowNumber: number; column: string | null; message: string }[] = [];

  constructor(
    private readonly prisma: PrismaClient,
    private readonly importJobId: string,
  ) {}

  /** Counts an invalid row and stores its issues. */
  async add(rowNumber: number, issues: readonly RowIssue[]): Promise<void> {
    this.invalidRowCount += 1;
    await this.addIssues(rowNumber, issues);
  }

  /** Stores issues without counting the row (it was counted when it first became invalid). */
  async addIssues(rowNumber: number, issues: readonly RowIssue[]): Promise<void> {
    for (const issue of issues) {
      if (this.stored >= maxStoredRowErrors) break;
      this.stored += 1;
      this.pending.push({ importJobId: this.importJobId, rowNumber, column: issue.column, message: issue.message.slice(0, 1000) });
    }
    if (this.pending.length >= 1000) await this.flush();
  }

  /** Rows found invalid in bulk (by SQL), whose issues are stored with addIssues. */
  countInvalidRows(count: number): void {
    this.invalidRowCount += count;
  }

  /** How many more issues will be stored. */
  get remainingCapacity(): number {
    return Math.max(0, maxStoredRowErrors - this.stored);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    await this.prisma.importRowError.createMany({ data: rows });
  }
}
