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

  async add(rowNumber: number, issues: readonly RowIssue[]): Promise<void> {
    this.invalidRowCount += 1;
    for (const issue of issues) {
      if (this.stored >= maxStoredRowErrors) break;
      this.stored += 1;
      this.pending.push({ importJobId: this.importJobId, rowNumber, column: issue.column, message: issue.message.slice(0, 1000) });
    }
    if (this.pending.length >= 1000) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    await this.prisma.importRowError.createMany({ data: rows });
  }
}
