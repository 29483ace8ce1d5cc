import { SegmentationError } from "../errors";
import {
  extractCustomerFeatures,
  type CustomerFeatureTable,
  type CustomerId,
  type CustomerRecord,
  type DateInput,
} from "../features";
import { createMatrix, type DenseMatrix } from "../matrix";
import { quantileOfSorted } from "../preprocess";
import type { CategoricalColumn } from "../profile";
import type { CustomerRow, PipelineInput, ReadyFeatureTable } from "./pipeline-input";
import type { ResolvedPipelineOptions } from "./pipeline-options";

export interface ImputationRecord {
  feature: string;
  missing: number;
  value: number;
  method: "median" | "max" | "constant";
}

export interface PreparedFeatures {
  ids: CustomerId[];
  /** Every numeric column, original units, missing values imputed. */
  names: string[];
  values: DenseMatrix;
  categorical: CategoricalColumn[];
  imputed: ImputationRecord[];
  /** Sensitive columns found in the input and left out everywhere. */
  excluded: string[];
  fromOrders: boolean;
  /** Columns before this index were computed from orders; the rest are customer attributes. */
  attributeStart: number;
  /** With orders: the row of each order's customer (-1 when unknown), see CustomerFeatureTable. */
  orderRows: Int32Array | null;
}

/** Rows of customers (and their orders) or a ready table → one numeric matrix + categorical columns. */
export function prepareFeatures(input: PipelineInput, options: ResolvedPipelineOptions): PreparedFeatures {
  const sensitive = new Set(options.excludeAttributes.map((name) => name.toLowerCase()));
  const explicit = new Set(options.features ?? []);
  const isExcluded = (name: string): boolean => sensitive.has(name.toLowerCase()) && !explicit.has(name);
  if (input.table) return fromTable(input.table, isExcluded);
  const customers = input.customers;
  if (!Array.isArray(customers) || customers.length === 0) {
    throw new SegmentationError("INVALID_INPUT", "give either a feature table or at least one customer row");
  }
  const ids = customers.map((row, i) => readId(row, options.idColumn, i));
  const columns: Array<{
    name: string;
    values: Float64Array;
    fill: "median" | "max" | "constant";
    constant?: number;
  }> = [];
  const excluded = new Set<string>();
  let fromOrders = false;
  let orderRows: Int32Array | null = null;
  if (input.orders) {
    if (input.asOf === undefined)
      throw new SegmentationError("INVALID_INPUT", "asOf (the date 'now') is required with orders");
    const table = extractCustomerFeatures({
      customers: customers.map((row, i): CustomerRecord => ({ id: ids[i], signupDate: signupOf(row) })),
      orders: input.orders,
      events: input.events,
      asOf: input.asOf,
    });
    fromOrders = true;
    orderRows = table.orderRows;
    addOrderColumns(table, columns);
  }
  const attributeStart = columns.length;
  const categorical: CategoricalColumn[] = [];
  for (const name of attributeNames(customers, options.idColumn)) {
    if (isExcluded(name)) {
      excluded.add(name);
      continue;
    }
    const column = readAttribute(customers, name);
    if (column.kind === "numeric") columns.push({ name, values: column.values, fill: "median" });
    else if (column.kind === "categorical") categorical.push({ name, values: column.values });
  }
  const imputed: ImputationRecord[] = [];
  const values = createMatrix(customers.length, columns.length);
  columns.forEach((column, j) => {
    const record = imputeColumn(column.name, column.values, column.fill, column.constant ?? 0);
    if (record) imputed.push(record);
    for (let i = 0; i < customers.length; i++) values.data[i * columns.length + j] = column.values[i];
  });
  return {
    ids,
    names: columns.map((c) => c.name),
    values,
    categorical,
    imputed,
    excluded: [...excluded],
    fromOrders,
    attributeStart,
    orderRows,
  };
}

function fromTable(table: ReadyFeatureTable, isExcluded: (name: string) => boolean): PreparedFeatures {
  const { names, values } = table;
  if (names.length !== values.cols) {
    throw new SegmentationError("INVALID_INPUT", `${names.length} feature names for ${values.cols} columns`);
  }
  const ids = table.ids ? [...table.ids] : Array.from({ length: values.rows }, (_, i) => i);
  if (ids.length !== values.rows)
    throw new SegmentationError("INVALID_INPUT", `${ids.length} ids for ${values.rows} rows`);
  const keep = names.map((name, j) => j).filter((j) => !isExcluded(names[j]));
  // Nothing excluded: use the caller's matrix as it is (the pipeline only reads it; a copy of
  // 1M × 10 costs 80 MB and ~0.1 s).
  const kept = keep.length === values.cols ? values : createMatrix(values.rows, keep.length);
  if (kept !== values) {
    for (let i = 0; i < values.rows; i++) {
      for (let c = 0; c < keep.length; c++)
        kept.data[i * keep.length + c] = values.data[i * values.cols + keep[c]];
    }
  }
  for (let index = 0; index < kept.data.length; index++) {
    if (!Number.isFinite(kept.data[index])) {
      const row = Math.floor(index / keep.length);
      throw new SegmentationError(
        "NON_NUMERIC_VALUE",
        `row ${row}, feature "${names[keep[index % keep.length]]}" is not a finite number`,
      );
    }
  }
  return {
    ids,
    names: keep.map((j) => names[j]),
    values: kept,
    categorical: (table.categorical ?? []).filter((column) => !isExcluded(column.name)),
    imputed: [],
    excluded: names
      .filter((name) => isExcluded(name))
      .concat((table.categorical ?? []).map((c) => c.name).filter(isExcluded)),
    fromOrders: false,
    attributeStart: 0,
    orderRows: null,
  };
}

function readId(row: CustomerRow, idColumn: string, i: number): CustomerId {
  const id = row[idColumn];
  if (typeof id === "string" || typeof id === "number") return id;
  throw new SegmentationError("INVALID_INPUT", `customer row ${i} has no "${idColumn}" (string or number)`);
}

function signupOf(row: CustomerRow): DateInput | undefined {
  const value = row.signupDate ?? row.signup_date;
  return typeof value === "string" || typeof value === "number" || value instanceof Date ? value : undefined;
}

function attributeNames(customers: readonly CustomerRow[], idColumn: string): string[] {
  const names = new Set<string>();
  for (const row of customers) for (const key of Object.keys(row)) names.add(key);
  names.delete(idColumn);
  names.delete("signupDate");
  names.delete("signup_date");
  return [...names];
}

type AttributeColumn =
  { kind: "numeric"; values: Float64Array } | { kind: "categorical"; values: string[] } | { kind: "skip" };

/** A column is numeric when every present value is a finite number; dates and empty columns are skipped. */
function readAttribute(customers: readonly CustomerRow[], name: string): AttributeColumn {
  let numbers = 0;
  let others = 0;
  for (const row of customers) {
    const value = row[name];
    if (value === null || value === undefined || value === "") continue;
    if (value instanceof Date) return { kind: "skip" };
    if (typeof value === "number" && Number.isFinite(value)) numbers++;
    else others++;
  }
  if (numbers > 0 && others === 0) {
    return {
      kind: "numeric",
      values: Float64Array.from(customers, (row) =>
        typeof row[name] === "number" ? (row[name] as number) : NaN,
      ),
    };
  }
  if (others === 0) return { kind: "skip" };
  return {
    kind: "categorical",
    values: customers.map((row) =>
      row[name] === null || row[name] === undefined ? "(missing)" : String(row[name]),
    ),
  };
}

/**
 * Order features are undefined for customers without (enough) orders. A neutral value per meaning:
 * recency → the largest observed (never ordered = as stale as the stalest), counts, money, shares
 * and rates → 0, RFM scores → 1 (the lowest), other durations → the median.
 */
function addOrderColumns(
  table: CustomerFeatureTable,
  columns: Array<{
    name: string;
    values: Float64Array;
    fill: "median" | "max" | "constant";
    constant?: number;
  }>,
): void {
  table.names.forEach((name, j) => {
    const values = new Float64Array(table.values.rows);
    for (let i = 0; i < values.length; i++) values[i] = table.values.data[i * table.values.cols + j];
    const kind = table.kinds[j];
    if (name === "recency_days") columns.push({ name, values, fill: "max" });
    else if (kind === "days") columns.push({ name, values, fill: "median" });
    else columns.push({ name, values, fill: "constant", constant: kind === "score" ? 1 : 0 });
  });
}

function imputeColumn(
  name: string,
  values: Float64Array,
  fill: "median" | "max" | "constant",
  constant: number,
): ImputationRecord | null {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) missing++;
  if (missing === 0) return null;
  let value = constant;
  if (fill !== "constant") {
    // A typed copy: a number[] of a million doubles is a million boxed numbers for the GC.
    const sorted = new Float64Array(values.length - missing);
    let next = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) sorted[next++] = values[i];
    sorted.sort();
    value =
      sorted.length === 0 ? 0 : fill === "max" ? sorted[sorted.length - 1] : quantileOfSorted(sorted, 0.5);
  }
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) values[i] = value;
  return { feature: name, missing, value, method: fill };
}
