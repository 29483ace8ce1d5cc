/** What one cleaning step did to one column: the owner reads these to trust (or undo) the cleaning. */
export type ChangeStep = "dedupe" | "parse" | "check" | "impute" | "outlier" | "bin" | "encode" | "scale";

export interface ChangeExample {
  /** 0-based index in the rows passed to fit/transform. */
  row: number;
  before: unknown;
  after: unknown;
}

export interface ChangeRecord {
  column: string;
  step: ChangeStep;
  /** Plain words, e.g. "negative amounts clamped to 0" or "missing values imputed with median 42". */
  description: string;
  /** "flag" records change nothing and only point at suspicious rows. */
  flagOnly: boolean;
  rowsAffected: number;
  /** The first MAX_LISTED_ROWS affected rows (rowsAffected has the full count). */
  rows: number[];
  /** The first MAX_EXAMPLES changes, before → after. */
  examples: ChangeExample[];
}

export const MAX_LISTED_ROWS = 1000;
export const MAX_EXAMPLES = 3;

/** Collects the rows one step touched; keeps memory bounded on a million rows. */
export class ChangeRecorder {
  private count = 0;
  private readonly rows: number[] = [];
  private readonly examples: ChangeExample[] = [];

  constructor(
    private readonly column: string,
    private readonly step: ChangeStep,
    private readonly description: string,
    private readonly flagOnly = false,
  ) {}

  note(row: number, before: unknown, after: unknown): void {
    this.count++;
    if (this.rows.length < MAX_LISTED_ROWS) this.rows.push(row);
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ row, before, after });
  }

  /** Appends the record to `report` when at least one row was touched. */
  flushInto(report: ChangeRecord[]): void {
    if (this.count === 0) return;
    report.push({
      column: this.column,
      step: this.step,
      description: this.description,
      flagOnly: this.flagOnly,
      rowsAffected: this.count,
      rows: this.rows,
      examples: this.examples,
    });
  }
}

/** A number for a description: six significant digits are plenty for a person. */
export function describeNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
