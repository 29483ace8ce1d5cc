import { formatDate, formatInteger, formatNumber } from "@/lib/format";

// What each cleaning choice will change, in words, from the API's analysis of the whole file
// (ImportCleaning): the same counts the import then applies.

export type MissingValueAction = "LEAVE" | "FILL_VALUE" | "FILL_MEDIAN" | "FILL_MOST_COMMON" | "SKIP_ROWS";
export type OutlierAction = "KEEP" | "CAP" | "SKIP_ROWS";

export interface AnalysedColumn {
  column: string;
  kind: string;
  required: boolean;
  decimals?: number | null;
  missingRows: number;
  median?: string | null;
  mostCommon?: string | null;
  mostCommonRows: number;
  lowerFence?: string | null;
  upperFence?: string | null;
  fenceNote?: string | null;
  lowOutlierRows: number;
  highOutlierRows: number;
}

export interface ChoiceDraft {
  missing: MissingValueAction;
  /** FILL_VALUE only: what the owner typed. */
  fillValue: string;
  outliers: OutlierAction;
}

export const defaultChoice: ChoiceDraft = { missing: "LEAVE", fillValue: "", outliers: "KEEP" };

const rows = (count: number, locale?: string) =>
  `${formatInteger(count, locale)} row${count === 1 ? "" : "s"}`;

/** A value of the column as people read it: grouped numbers, dates in words, text as it is. */
export function formatColumnValue(column: AnalysedColumn, value: string, locale?: string): string {
  if (column.kind === "NUMBER") {
    const digits = column.decimals ?? 0;
    return new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(Number(value));
  }
  if (column.kind === "DATE") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : value;
  return value;
}

export function missingActionLabel(
  action: MissingValueAction,
  column: AnalysedColumn,
  locale?: string,
): string {
  switch (action) {
    case "LEAVE":
      return column.required ? "report as errors (required)" : "leave empty";
    case "FILL_VALUE":
      return "fill with a value…";
    case "FILL_MEDIAN":
      return column.median
        ? `fill with the median (${formatColumnValue(column, column.median, locale)})`
        : "fill with the median";
    case "FILL_MOST_COMMON":
      return column.mostCommon
        ? `fill with the most common (${column.mostCommon})`
        : "fill with the most common";
    case "SKIP_ROWS":
      return "skip those rows";
  }
}

export function outlierActionLabel(action: OutlierAction): string {
  return { KEEP: "keep", CAP: "cap at the fence", SKIP_ROWS: "skip those rows" }[action];
}

/** "14 rows have no age → filled with 37 (median)"; null when the column has no blank cells. */
export function describeMissingChoice(
  column: AnalysedColumn,
  choice: ChoiceDraft,
  locale?: string,
): string | null {
  if (column.missingRows === 0) return null;
  const head = `${rows(column.missingRows, locale)} ${column.missingRows === 1 ? "has" : "have"} no ${column.column}`;
  switch (choice.missing) {
    case "LEAVE":
      return `${head} → ${column.required ? "reported as errors (required)" : "left empty"}`;
    case "FILL_VALUE":
      return choice.fillValue.trim() === ""
        ? `${head} → type the value to fill them with`
        : `${head} → filled with ${choice.fillValue.trim()}`;
    case "FILL_MEDIAN":
      return `${head} → filled with ${formatColumnValue(column, column.median ?? "", locale)} (median)`;
    case "FILL_MOST_COMMON":
      return `${head} → filled with ${column.mostCommon ?? ""} (most common, ${rows(column.mostCommonRows, locale)})`;
    case "SKIP_ROWS":
      return `${head} → skipped`;
  }
}

/** "6 rows above 2,410.00 → capped at 2,410.00" (and the same below the lower fence); null without fences. */
export function describeOutlierChoice(
  column: AnalysedColumn,
  choice: ChoiceDraft,
  locale?: string,
): string[] {
  if (!column.upperFence || !column.lowerFence) return [];
  const sides = [
    { count: column.highOutlierRows, word: "above", fence: column.upperFence },
    { count: column.lowOutlierRows, word: "below", fence: column.lowerFence },
  ].filter((side) => side.count > 0);
  if (sides.length === 0)
    return [
      `No ${column.column} outside ${formatColumnValue(column, column.lowerFence, locale)} – ${formatColumnValue(column, column.upperFence, locale)}`,
    ];
  return sides.map(({ count, word, fence }) => {
    const shown = formatColumnValue(column, fence, locale);
    const effect =
      choice.outliers === "CAP" ? `capped at ${shown}` : choice.outliers === "SKIP_ROWS" ? "skipped" : "kept";
    return `${rows(count, locale)} ${word} ${shown} → ${effect}`;
  });
}

/**
 * Rows the choices skip. Exact when they come from one column (a blank cell is never an outlier); with
 * several columns a row may have two reasons, so the sum is an upper bound (the summary gives the exact count).
 */
export function skippedRows(
  columns: AnalysedColumn[],
  choices: Record<string, ChoiceDraft>,
): { rows: number; exact: boolean } {
  let total = 0;
  let skippingColumns = 0;
  for (const column of columns) {
    const choice = choices[column.column] ?? defaultChoice;
    let skipped = choice.missing === "SKIP_ROWS" ? column.missingRows : 0;
    if (choice.outliers === "SKIP_ROWS" && column.upperFence)
      skipped += column.highOutlierRows + column.lowOutlierRows;
    if (skipped > 0) skippingColumns += 1;
    total += skipped;
  }
  return { rows: total, exact: skippingColumns <= 1 };
}

/** The mutation's input: only columns whose choice changes something. */
export function toChoiceInputs(choices: Record<string, ChoiceDraft>) {
  return Object.entries(choices)
    .filter(([, choice]) => choice.missing !== "LEAVE" || choice.outliers !== "KEEP")
    .map(([column, choice]) => ({
      column,
      missing: choice.missing,
      fillValue: choice.missing === "FILL_VALUE" ? choice.fillValue.trim() : null,
      outliers: choice.outliers,
    }));
}

/** "median 49,000.00 · fences 17,500.00 – 80,500.00 (3 × IQR)" or the most common value. */
export function describeColumnStatistics(
  column: AnalysedColumn,
  fenceMultiplier: number,
  locale?: string,
): string {
  const parts: string[] = [];
  if (column.median) parts.push(`median ${formatColumnValue(column, column.median, locale)}`);
  if (column.lowerFence && column.upperFence)
    parts.push(
      `outliers outside ${formatColumnValue(column, column.lowerFence, locale)} – ${formatColumnValue(column, column.upperFence, locale)} (${formatNumber(fenceMultiplier, 1, locale)} × IQR)`,
    );
  else if (column.fenceNote) parts.push(`no outlier fences: ${column.fenceNote}`);
  if (column.mostCommon)
    parts.push(`most common ${column.mostCommon} (${rows(column.mostCommonRows, locale)})`);
  return parts.join(" · ");
}
