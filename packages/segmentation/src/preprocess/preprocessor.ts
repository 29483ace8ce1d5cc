import { SegmentationError } from "../errors";
import { createMatrix, type DenseMatrix } from "../matrix";
import { ChangeRecorder, type ChangeRecord } from "./change-report";
import { detectColumnType, type ColumnType } from "./detect-column-type";
import { findDuplicateRows } from "./find-duplicate-rows";
import type { ColumnContext, FittedColumn, ProcessedColumn } from "./fitted-column";
import { parseDate, parseNumber } from "./parse-values";
import type { ColumnPlan, PreprocessPlan } from "./preprocess-plan";
import { processCategoryColumn } from "./process-category-column";
import { processNumericColumn } from "./process-numeric-column";

export type RawRow = Record<string, unknown>;

export interface PreprocessResult {
  matrix: DenseMatrix;
  featureNames: string[];
  /** For each matrix row, its index in the input rows (duplicates removed). */
  rowIndices: number[];
  /** Every change, in the order made: dedupe first, then column by column, step by step. */
  report: ChangeRecord[];
}

export interface PreprocessorJSON {
  kind: "preprocessor";
  version: 1;
  plan: PreprocessPlan;
  columns: FittedColumn[];
}

/**
 * A fitted cleaning-and-encoding model built from a declarative per-column plan: fit it on the
 * known customers, then `transform` them or new customers into a DenseMatrix with feature names
 * and a report of every change. Serialises with toJSON/fromJSON.
 */
export class Preprocessor {
  private constructor(
    readonly plan: PreprocessPlan,
    readonly columns: FittedColumn[],
  ) {}

  static fit(rows: readonly RawRow[], plan: PreprocessPlan): Preprocessor {
    validatePlan(plan);
    if (rows.length === 0)
      throw new SegmentationError("TOO_FEW_ROWS", "cannot fit a preprocessor on zero rows");
    for (const { column } of plan.columns) {
      if (!rows.some((row) => column in row))
        throw new SegmentationError("INVALID_INPUT", `column "${column}" is in the plan but not in the rows`);
    }
    const kept = plan.dedupeBy ? findDuplicateRows(rows, plan.dedupeBy).keep.map((i) => rows[i]) : rows;
    const columns = plan.columns.map((columnPlan) => runColumn(kept, columnPlan, plan, null, []).fitted);
    return new Preprocessor(plan, columns);
  }

  static fitTransform(
    rows: readonly RawRow[],
    plan: PreprocessPlan,
  ): { model: Preprocessor; result: PreprocessResult } {
    const model = Preprocessor.fit(rows, plan);
    return { model, result: model.transform(rows) };
  }

  get featureNames(): string[] {
    return this.columns.flatMap((column) => column.featureNames);
  }

  transform(rows: readonly RawRow[]): PreprocessResult {
    const report: ChangeRecord[] = [];
    let rowIndices = rows.map((_, i) => i);
    if (this.plan.dedupeBy) {
      const search = findDuplicateRows(rows, this.plan.dedupeBy);
      const recorder = new ChangeRecorder(
        this.plan.dedupeBy.join(", "),
        "dedupe",
        "duplicate rows removed (first kept)",
      );
      for (const duplicate of search.duplicates)
        recorder.note(duplicate.row, duplicate.key, `duplicate of row ${duplicate.firstRow}`);
      recorder.flushInto(report);
      rowIndices = search.keep;
    }
    const kept = rowIndices.map((i) => rows[i]);
    const columnReport: ChangeRecord[] = [];
    const features = this.plan.columns.flatMap(
      (columnPlan, c) => runColumn(kept, columnPlan, this.plan, this.columns[c], columnReport).features,
    );
    // Columns number their rows within the kept rows: map back to the caller's row numbers.
    for (const record of columnReport) {
      record.rows = record.rows.map((r) => rowIndices[r]);
      record.examples = record.examples.map((example) => ({ ...example, row: rowIndices[example.row] }));
      report.push(record);
    }
    const matrix = createMatrix(kept.length, features.length);
    features.forEach((feature, j) => {
      for (let i = 0; i < kept.length; i++) matrix.data[i * features.length + j] = feature[i];
    });
    return { matrix, featureNames: this.featureNames, rowIndices, report };
  }

  toJSON(): PreprocessorJSON {
    return { kind: "preprocessor", version: 1, plan: this.plan, columns: this.columns };
  }

  static fromJSON(json: PreprocessorJSON): Preprocessor {
    if (json?.kind !== "preprocessor" || json.version !== 1 || !Array.isArray(json.columns) || !json.plan) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised preprocessor (version 1)");
    }
    validatePlan(json.plan);
    if (json.columns.length !== json.plan.columns.length) {
      throw new SegmentationError(
        "INVALID_MODEL",
        "serialised preprocessor has a fitted column count that differs from its plan",
      );
    }
    // Cloned so that later edits to the caller's JSON cannot change a live model.
    return new Preprocessor(structuredClone(json.plan), structuredClone(json.columns));
  }
}

function runColumn(
  rows: readonly RawRow[],
  columnPlan: ColumnPlan,
  plan: PreprocessPlan,
  fitted: FittedColumn | null,
  report: ChangeRecord[],
): ProcessedColumn {
  const raw = rows.map((row) => row[columnPlan.column]);
  let type: ColumnType;
  let confidence = 1;
  if (fitted) {
    type = fitted.type;
    confidence = fitted.confidence;
  } else if (!columnPlan.type || columnPlan.type === "auto") {
    const guess = detectColumnType(raw);
    type = guess.type;
    confidence = guess.confidence;
  } else type = columnPlan.type;
  const order = columnPlan.interpolateBy
    ? Float64Array.from(rows, (row) => {
        const value = row[columnPlan.interpolateBy as string];
        const number = parseNumber(value);
        return Number.isNaN(number) ? parseDate(value) : number;
      })
    : null;
  const context: ColumnContext = { asOf: plan.asOf, order, report };
  return type === "categorical"
    ? processCategoryColumn(raw, columnPlan, confidence, fitted, context)
    : processNumericColumn(raw, columnPlan, type, confidence, fitted, context);
}

function validatePlan(plan: PreprocessPlan): void {
  if (!plan || !Array.isArray(plan.columns) || plan.columns.length === 0) {
    throw new SegmentationError("INVALID_OPTION", "a preprocess plan needs at least one column");
  }
  const seen = new Set<string>();
  for (const columnPlan of plan.columns) {
    if (typeof columnPlan.column !== "string" || columnPlan.column === "") {
      throw new SegmentationError("INVALID_OPTION", "every column plan needs a column name");
    }
    if (seen.has(columnPlan.column))
      throw new SegmentationError("INVALID_OPTION", `column "${columnPlan.column}" is planned twice`);
    seen.add(columnPlan.column);
    const types = ["auto", "numeric", "categorical", "date", "boolean"];
    if (columnPlan.type !== undefined && !types.includes(columnPlan.type)) {
      throw new SegmentationError(
        "INVALID_OPTION",
        `column "${columnPlan.column}": unknown type "${columnPlan.type}"`,
      );
    }
    if (columnPlan.impute === "interpolate" && columnPlan.interpolateBy === columnPlan.column) {
      throw new SegmentationError(
        "INVALID_OPTION",
        `column "${columnPlan.column}" cannot be interpolated by itself`,
      );
    }
  }
  if (plan.asOf !== undefined && !Number.isFinite(plan.asOf)) {
    throw new SegmentationError("INVALID_OPTION", "plan.asOf must be milliseconds since the epoch");
  }
}
