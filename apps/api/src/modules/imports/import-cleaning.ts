import type { ImportKind } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { ColumnAnalysis, ImportColumnsAnalysis } from "./analyse-import-columns";
import { checkFillValue } from "./import-cleaning-fields";
import { ImportFileError } from "./import-file-error";
import type { ImportMapping } from "./import-mapping";
import { fenceMultiplier } from "./summarise-column-values";

/** LEAVE keeps a blank cell blank (a required field's blank cells stay validation errors, as without cleaning). */
export const MissingValueAction = {
  LEAVE: "LEAVE",
  FILL_VALUE: "FILL_VALUE",
  FILL_MEDIAN: "FILL_MEDIAN",
  FILL_MOST_COMMON: "FILL_MOST_COMMON",
  SKIP_ROWS: "SKIP_ROWS",
} as const;
export type MissingValueAction = (typeof MissingValueAction)[keyof typeof MissingValueAction];

/** Outliers are the values outside the column's fences (see summarise-column-values.ts). */
export const OutlierAction = { KEEP: "KEEP", CAP: "CAP", SKIP_ROWS: "SKIP_ROWS" } as const;
export type OutlierAction = (typeof OutlierAction)[keyof typeof OutlierAction];

export interface CleaningChoice {
  column: string;
  missing: MissingValueAction;
  /** The text written into blank cells: given (FILL_VALUE) or taken from the analysis (median, most common). */
  fillValue: string | null;
  outliers: OutlierAction;
}

export interface CleaningChoiceInput {
  column: string;
  missing?: MissingValueAction | null;
  fillValue?: string | null;
  outliers?: OutlierAction | null;
}

/**
 * ImportJob.cleaning: the analysis of the mapped columns, the mapping it was made for, and the choices
 * with their fill values resolved, so the import applies exactly what the owner saw and the job stays
 * auditable and reproducible. `{}` until the analysis first runs.
 */
export interface StoredCleaning extends ImportColumnsAnalysis {
  kind: ImportKind;
  mapping: ImportMapping;
  fenceMultiplier: number;
  choices: CleaningChoice[];
}

/** What the cleaning changed in one column during the import (stored in ImportJob.cleaningResult). */
export interface ColumnCleaningResult {
  column: string;
  filledRows: number;
  cappedRows: number;
  skippedRows: number;
}

export interface CleaningResult {
  /** Rows left out by cleaning choices (each row once, whatever the number of reasons). */
  skippedRows: number;
  columns: ColumnCleaningResult[];
}

export function readStoredCleaning(value: unknown): StoredCleaning | null {
  if (typeof value !== "object" || value === null || !("columns" in value) || !("mapping" in value))
    return null;
  return value as StoredCleaning;
}

export function readCleaningResult(value: unknown): CleaningResult | null {
  if (typeof value !== "object" || value === null || !("columns" in value)) return null;
  return value as CleaningResult;
}

/** The analysis describes the columns as they are mapped now. */
export function isCleaningCurrent(stored: StoredCleaning, mapping: ImportMapping): boolean {
  const analysed = Object.entries(stored.mapping);
  return (
    analysed.length === Object.keys(mapping).length &&
    analysed.every(([column, field]) => mapping[column] === field)
  );
}

export function missingActionsOf(column: ColumnAnalysis): MissingValueAction[] {
  switch (column.kind) {
    case "NUMBER":
    case "DATE":
      return ["LEAVE", "FILL_VALUE", "FILL_MEDIAN", "SKIP_ROWS"];
    case "CATEGORY":
      return ["LEAVE", "FILL_VALUE", "FILL_MOST_COMMON", "SKIP_ROWS"];
    case "TEXT":
      return ["LEAVE", "FILL_VALUE", "SKIP_ROWS"];
    case "KEY":
      return ["LEAVE", "SKIP_ROWS"];
  }
}

export function outlierActionsOf(column: ColumnAnalysis): OutlierAction[] {
  return column.upperFence !== null ? ["KEEP", "CAP", "SKIP_ROWS"] : ["KEEP"];
}

const missingLabel: Record<MissingValueAction, string> = {
  LEAVE: "left empty",
  FILL_VALUE: "filled with a value",
  FILL_MEDIAN: "filled with the median",
  FILL_MOST_COMMON: "filled with the most common value",
  SKIP_ROWS: "skipped",
};

/**
 * Checks the choices against the file and its analysis and resolves their fill values. Refuses (naming
 * the column) unknown or unmapped columns, a column chosen twice, a choice the column's kind does not
 * take, and a fill value the import would refuse. Choices that change nothing are dropped.
 */
export function resolveCleaningChoices(
  stored: StoredCleaning,
  inputs: readonly CleaningChoiceInput[],
): CleaningChoice[] {
  const seen = new Set<string>();
  const choices: CleaningChoice[] = [];
  for (const input of inputs) {
    const name = input.column;
    if (!(name in stored.mapping)) throw new AppError("BAD_USER_INPUT", `The file has no column "${name}".`);
    const column = stored.columns.find((candidate) => candidate.column === name);
    if (!column)
      throw new AppError(
        "BAD_USER_INPUT",
        `Column "${name}" is not imported (it is mapped to no field), so it cannot be cleaned.`,
      );
    if (seen.has(name)) throw new AppError("BAD_USER_INPUT", `Column "${name}" has two cleaning choices.`);
    seen.add(name);
    const missing = input.missing ?? "LEAVE";
    const outliers = input.outliers ?? "KEEP";
    if (!missingActionsOf(column).includes(missing))
      throw new AppError(
        "BAD_USER_INPUT",
        `Column "${name}" (${column.field}, ${column.kind.toLowerCase()}): missing values cannot be ${missingLabel[missing]}.`,
      );
    if (!outlierActionsOf(column).includes(outliers))
      throw new AppError(
        "BAD_USER_INPUT",
        column.kind === "NUMBER" || column.kind === "DATE"
          ? `Column "${name}" has no outliers to ${outliers === "CAP" ? "cap" : "skip"}: ${column.fenceNote ?? "no fences"}.`
          : `Column "${name}" (${column.field}) is not a number or date column: it has no outliers.`,
      );
    const given = input.fillValue?.trim() ?? "";
    if (missing !== "FILL_VALUE" && given !== "")
      throw new AppError(
        "BAD_USER_INPUT",
        `Column "${name}": a fill value is only used with the FILL_VALUE choice for missing values.`,
      );
    const fillValue = resolveFillValue(stored.kind, column, missing, given);
    if (missing === "LEAVE" && outliers === "KEEP") continue;
    choices.push({ column: name, missing, fillValue, outliers });
  }
  return choices;
}

function resolveFillValue(
  kind: ImportKind,
  column: ColumnAnalysis,
  missing: MissingValueAction,
  given: string,
): string | null {
  const name = column.column;
  switch (missing) {
    case "FILL_VALUE": {
      if (given === "")
        throw new AppError("BAD_USER_INPUT", `Column "${name}": give the value to fill missing cells with.`);
      const problem = checkFillValue(column.kind, kind, column.field, given);
      if (problem) {
        const sentence =
          problem.startsWith(`"${given}"`) || problem.startsWith(given) ? problem : `"${given}" ${problem}`;
        throw new AppError(
          "BAD_USER_INPUT",
          `Column "${name}" (${column.field}): the fill value ${sentence}.`,
        );
      }
      return given;
    }
    case "FILL_MEDIAN":
      if (column.median === null)
        throw new AppError("BAD_USER_INPUT", `Column "${name}" has no values to take a median of.`);
      return column.median;
    case "FILL_MOST_COMMON":
      if (column.mostCommon === null)
        throw new AppError(
          "BAD_USER_INPUT",
          `Column "${name}" has no most common value (no values, or too many different ones).`,
        );
      return column.mostCommon;
    default:
      return null;
  }
}

/** A fresh StoredCleaning for a new analysis, keeping the earlier choices that still apply. */
export function storeAnalysis(
  kind: ImportKind,
  mapping: ImportMapping,
  analysis: ImportColumnsAnalysis,
  earlier: StoredCleaning | null,
): StoredCleaning {
  const stored: StoredCleaning = { kind, mapping, fenceMultiplier, ...analysis, choices: [] };
  for (const choice of earlier?.choices ?? []) {
    const before = earlier?.columns.find((column) => column.column === choice.column);
    if (!before || mapping[choice.column] !== before.field) continue;
    try {
      stored.choices.push(
        ...resolveCleaningChoices(stored, [
          { ...choice, fillValue: choice.missing === "FILL_VALUE" ? choice.fillValue : null },
        ]),
      );
    } catch {
      // A choice the new analysis no longer allows is dropped; the owner sees the defaults for that column.
    }
  }
  return stored;
}

/**
 * The cleaning the import applies: null when nothing is chosen. Choices made for another mapping than the
 * import's are refused rather than applied to the wrong fields.
 */
export function readImportCleaning(value: unknown, mapping: ImportMapping): StoredCleaning | null {
  const stored = readStoredCleaning(value);
  if (!stored || stored.choices.length === 0) return null;
  if (!isCleaningCurrent(stored, mapping))
    throw new ImportFileError(
      "The column mapping changed after the cleaning choices were made; review the cleaning choices again.",
    );
  return stored;
}
