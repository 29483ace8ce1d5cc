import { cleaningNumberParser } from "./import-cleaning-fields";
import type { CleaningResult, StoredCleaning } from "./import-cleaning";
import type { ImportErrorRecorder } from "./import-error-recorder";
import type { RowIssue } from "./import-row-reader";

interface CleaningRule {
  index: number;
  column: string;
  field: string;
  fillMissing: string | null;
  skipMissing: boolean;
  /** Set when outliers are capped or skipped. */
  outliers: {
    skip: boolean;
    read: (text: string) => number | null;
    lower: number;
    upper: number;
    lowerText: string;
    upperText: string;
  } | null;
  filledRows: number;
  cappedRows: number;
  skippedRows: number;
}

/**
 * Applies the stored cleaning choices to each row's cells before the row is checked and staged: blank
 * cells are filled or their row skipped, values outside the fences are capped at the fence or their row
 * skipped. Skipped rows go to the row report with the reason (not as errors: an all-or-nothing import
 * still succeeds). Only the resolved values stored with the job are used, so a run is reproducible.
 */
export class ImportRowCleaner {
  private readonly rules: CleaningRule[] = [];
  private skippedRows = 0;
  private readonly reasons: RowIssue[] = [];
  private readonly changes: { rule: CleaningRule; text: string; capped: boolean }[] = [];

  constructor(
    private readonly columns: string[],
    cleaning: StoredCleaning,
    private readonly errors: ImportErrorRecorder,
  ) {
    for (const choice of cleaning.choices) {
      const analysis = cleaning.columns.find((column) => column.column === choice.column);
      const index = columns.indexOf(choice.column);
      if (!analysis || index === -1) continue;
      const valueKind = analysis.kind;
      const fenced =
        choice.outliers !== "KEEP" &&
        (valueKind === "NUMBER" || valueKind === "DATE") &&
        analysis.lowerFence !== null &&
        analysis.upperFence !== null;
      const parse = fenced ? cleaningNumberParser(valueKind, cleaning.kind, analysis.field) : null;
      const read = (text: string) => {
        const parsed = parse?.(text);
        return parsed && "value" in parsed ? parsed.value : null;
      };
      this.rules.push({
        index,
        column: choice.column,
        field: analysis.field,
        fillMissing: choice.fillValue,
        skipMissing: choice.missing === "SKIP_ROWS",
        outliers: fenced
          ? {
              skip: choice.outliers === "SKIP_ROWS",
              read,
              lower: read(analysis.lowerFence as string) ?? -Infinity,
              upper: read(analysis.upperFence as string) ?? Infinity,
              lowerText: analysis.lowerFence as string,
              upperText: analysis.upperFence as string,
            }
          : null,
        filledRows: 0,
        cappedRows: 0,
        skippedRows: 0,
      });
    }
  }

  /** Cleans the cells in place; false when the row is skipped (its reasons are in the report). */
  clean(rowNumber: number, cells: string[]): boolean {
    // A row of the wrong width is an error of its own; its cells may not line up with the columns.
    if (cells.length !== this.columns.length) return true;
    this.reasons.length = 0;
    this.changes.length = 0;
    for (const rule of this.rules) {
      const text = cells[rule.index].trim();
      if (text === "") {
        if (rule.skipMissing) this.skip(rule, `skipped by a cleaning choice: no ${rule.field}`);
        else if (rule.fillMissing !== null)
          this.changes.push({ rule, text: rule.fillMissing, capped: false });
        continue;
      }
      const outliers = rule.outliers;
      if (outliers === null) continue;
      const value = outliers.read(text);
      if (value === null) continue; // an invalid value: the import's checks report it
      const above = value > outliers.upper;
      if (!above && value >= outliers.lower) continue;
      const fence = above ? outliers.upperText : outliers.lowerText;
      if (outliers.skip)
        this.skip(
          rule,
          `skipped by a cleaning choice: ${text} is an outlier (${above ? "above the upper" : "below the lower"} fence ${fence})`,
        );
      else this.changes.push({ rule, text: fence, capped: true });
    }
    if (this.reasons.length > 0) {
      this.skippedRows += 1;
      this.errors.addIssues(rowNumber, this.reasons);
      return false;
    }
    for (const { rule, text, capped } of this.changes) {
      cells[rule.index] = text;
      if (capped) rule.cappedRows += 1;
      else rule.filledRows += 1;
    }
    return true;
  }

  private skip(rule: CleaningRule, message: string): void {
    rule.skippedRows += 1;
    this.reasons.push({ column: rule.column, message });
  }

  result(): CleaningResult {
    return {
      skippedRows: this.skippedRows,
      columns: this.rules.map(({ column, filledRows, cappedRows, skippedRows }) => ({
        column,
        filledRows,
        cappedRows,
        skippedRows,
      })),
    };
  }
}
