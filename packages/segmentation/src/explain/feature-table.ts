import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";

/**
 * The input of the explanation tree: columns in ORIGINAL, unscaled units, so that rules read
 * "orders ≥ 6" and not "orders_z ≥ 0.83".
 *
 * Column-oriented on purpose: the tree sorts and scans one feature at a time.
 * - numeric: `values[i]` is row i's value; every value must be finite (impute before).
 * - categorical: `codes[i]` is an index into `categories` (0 ≤ code < categories.length).
 */
export interface NumericFeature {
  readonly name: string;
  readonly kind: "numeric";
  readonly values: Float64Array;
}

export interface CategoricalFeature {
  readonly name: string;
  readonly kind: "categorical";
  readonly codes: Int32Array;
  readonly categories: readonly string[];
}

export type Feature = NumericFeature | CategoricalFeature;
export type FeatureKind = Feature["kind"];

export interface FeatureTable {
  readonly rows: number;
  readonly features: readonly Feature[];
}

/** A loose column as callers usually hold it: numbers become numeric, strings categorical. */
export interface FeatureColumnInput {
  name: string;
  values: ArrayLike<number> | readonly string[];
  /** Forces the kind, e.g. numeric codes that are really categories. */
  kind?: FeatureKind;
}

/**
 * Builds a FeatureTable from named columns. Strings are encoded to categories in order of first
 * appearance; numbers must be finite.
 */
export function createFeatureTable(columns: readonly FeatureColumnInput[]): FeatureTable {
  if (columns.length === 0)
    throw new SegmentationError("INVALID_INPUT", "a feature table needs at least one column");
  const rows = columns[0].values.length;
  const features = columns.map((column): Feature => {
    if (column.values.length !== rows) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `feature "${column.name}" has ${column.values.length} values, expected ${rows}`,
      );
    }
    const kind = column.kind ?? (typeof column.values[0] === "string" ? "categorical" : "numeric");
    return kind === "categorical" ? encodeCategorical(column) : numericColumn(column);
  });
  const table = { rows, features };
  validateFeatureTable(table);
  return table;
}

/** Every column of a matrix as a numeric feature (names must match the columns). */
export function featureTableFromMatrix(matrix: DenseMatrix, names: readonly string[]): FeatureTable {
  if (names.length !== matrix.cols) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `got ${names.length} feature names for ${matrix.cols} columns`,
    );
  }
  const features = names.map((name, j): NumericFeature => {
    const values = new Float64Array(matrix.rows);
    for (let i = 0; i < matrix.rows; i++) values[i] = matrix.data[i * matrix.cols + j];
    return { name, kind: "numeric", values };
  });
  const table = { rows: matrix.rows, features };
  validateFeatureTable(table);
  return table;
}

/** The table restricted to some rows (for cross-validation folds). */
export function selectFeatureRows(table: FeatureTable, indices: ArrayLike<number>): FeatureTable {
  const features = table.features.map((feature): Feature => {
    if (feature.kind === "numeric") {
      const values = new Float64Array(indices.length);
      for (let r = 0; r < indices.length; r++) values[r] = feature.values[indices[r]];
      return { ...feature, values };
    }
    const codes = new Int32Array(indices.length);
    for (let r = 0; r < indices.length; r++) codes[r] = feature.codes[indices[r]];
    return { ...feature, codes };
  });
  return { rows: indices.length, features };
}

/** Throws a SegmentationError naming the first problem: lengths, non-finite numbers, bad codes, duplicate names. */
export function validateFeatureTable(table: FeatureTable): void {
  if (table.features.length === 0) {
    throw new SegmentationError("INVALID_INPUT", "a feature table needs at least one column");
  }
  const seen = new Set<string>();
  for (const feature of table.features) {
    if (seen.has(feature.name))
      throw new SegmentationError("INVALID_INPUT", `duplicate feature name "${feature.name}"`);
    seen.add(feature.name);
    const length = feature.kind === "numeric" ? feature.values.length : feature.codes.length;
    if (length !== table.rows) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `feature "${feature.name}" has ${length} values, expected ${table.rows}`,
      );
    }
    if (feature.kind === "numeric") {
      for (let i = 0; i < length; i++) {
        if (!Number.isFinite(feature.values[i])) {
          throw new SegmentationError(
            "NON_NUMERIC_VALUE",
            `feature "${feature.name}", row ${i} is not a finite number`,
          );
        }
      }
    } else {
      const count = feature.categories.length;
      for (let i = 0; i < length; i++) {
        const code = feature.codes[i];
        if (!(code >= 0 && code < count)) {
          throw new SegmentationError(
            "INVALID_INPUT",
            `feature "${feature.name}", row ${i} has category code ${code}, expected 0..${count - 1}`,
          );
        }
      }
    }
  }
}

function numericColumn(column: FeatureColumnInput): NumericFeature {
  const values = new Float64Array(column.values.length);
  for (let i = 0; i < values.length; i++) {
    const value = column.values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new SegmentationError(
        "NON_NUMERIC_VALUE",
        `feature "${column.name}", row ${i} is not a finite number`,
      );
    }
    values[i] = value;
  }
  return { name: column.name, kind: "numeric", values };
}

function encodeCategorical(column: FeatureColumnInput): CategoricalFeature {
  const index = new Map<string, number>();
  const categories: string[] = [];
  const codes = new Int32Array(column.values.length);
  for (let i = 0; i < codes.length; i++) {
    const key = String(column.values[i]);
    let code = index.get(key);
    if (code === undefined) {
      code = categories.length;
      index.set(key, code);
      categories.push(key);
    }
    codes[i] = code;
  }
  return { name: column.name, kind: "categorical", codes, categories };
}
