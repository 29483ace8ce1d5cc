import { SegmentationError } from "../errors";
import { createMatrix } from "../matrix";
import { ChangeRecorder, describeNumber } from "./change-report";
import { checkNumbers } from "./check-values";
import { binOf, fitBins } from "./discretise";
import type { ColumnContext, FittedColumn, ProcessedColumn } from "./fitted-column";
import { applyOutliers, fitOutliers } from "./handle-outliers";
import { fitNumericImputer, imputeNumbers } from "./impute-values";
import { isMissing, parseBoolean, parseDate, parseNumber } from "./parse-values";
import type { ColumnPlan } from "./preprocess-plan";
import { Scaler } from "./scaler";

const MS_PER_DAY = 86_400_000;
type NumericType = "numeric" | "date" | "boolean";

/**
 * Numbers, dates and booleans: parse → checks → impute → (dates: days before asOf) → outliers →
 * bins → scale. With `fitted` null every parameter is learnt from these rows on the way (fit);
 * otherwise the learnt ones are applied (transform), through the same code so both agree.
 */
export function processNumericColumn(
  raw: readonly unknown[],
  plan: ColumnPlan,
  type: NumericType,
  confidence: number,
  fitted: FittedColumn | null,
  context: ColumnContext,
): ProcessedColumn {
  const { column } = plan;
  const { report } = context;
  const values = parseColumn(raw, column, type, context);
  const display = type === "date" ? (ms: number) => new Date(ms).toISOString() : (v: number) => v;

  for (const check of plan.checks ?? []) {
    if (check.kind === "email")
      throw new SegmentationError(
        "INVALID_OPTION",
        `${column}: an email check needs a text column, not ${type}`,
      );
    checkNumbers(column, values, check, report, display);
  }

  const method = plan.impute ?? (type === "boolean" ? "mode" : "median");
  const imputer = fitted
    ? { method, fill: fitted.impute.fill as number | null }
    : fitNumericImputer(values, method);
  imputeNumbers(column, values, imputer, context.order, report, display);

  const output = plan.output ?? true;
  const base: FittedColumn = {
    column,
    type,
    confidence,
    checks: plan.checks ?? [],
    interpolateBy: plan.interpolateBy ?? null,
    output,
    impute: imputer,
    outliers: { method: "none", reason: "not requested" },
    bins: null,
    scaling: null,
    oneHot: null,
    featureNames: [],
  };
  if (!output) return { fitted: base, features: [] };

  let name = column;
  if (type === "date") {
    const asOf = context.asOf;
    if (asOf === undefined)
      throw new SegmentationError(
        "INVALID_OPTION",
        `date column "${column}" needs plan.asOf to become days before it`,
      );
    for (let i = 0; i < values.length; i++) values[i] = (asOf - values[i]) / MS_PER_DAY;
    name = `${column}_days_ago`;
  }

  const outliers = fitted
    ? fitted.outliers
    : fitOutliers(column, values, plan.outliers ?? { method: "none" });
  applyOutliers(column, values, outliers, report);

  const bins = fitted ? fitted.bins : plan.bins ? fitBins(column, values, plan.bins) : null;
  if (bins) {
    const recorder = new ChangeRecorder(
      column,
      "bin",
      `binned into ${bins.labels.length} bins (${bins.encode})`,
    );
    const index = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      index[i] = Number.isNaN(values[i]) ? Number.NaN : binOf(values[i], bins.edges);
      if (!Number.isNaN(values[i])) recorder.note(i, values[i], bins.labels[index[i]]);
    }
    recorder.flushInto(report);
    if (bins.encode === "one-hot") {
      const features = bins.labels.map((_, b) =>
        index.map((v) => (Number.isNaN(v) ? Number.NaN : v === b ? 1 : 0)),
      );
      return {
        fitted: { ...base, outliers, bins, featureNames: bins.labels.map((label) => `${column}: ${label}`) },
        features,
      };
    }
    values.set(index);
    name = `${column}_bin`;
  }

  const scaling = fitted ? fitted.scaling : fitScaling(values, plan);
  if (scaling && scaling.method !== "none") {
    const recorder = new ChangeRecorder(
      column,
      "scale",
      `scaled (${scaling.method}): (x - ${describeNumber(scaling.center)}) / ${describeNumber(scaling.scale)}`,
    );
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i])) continue;
      const after = (values[i] - scaling.center) / scaling.scale;
      recorder.note(i, values[i], after);
      values[i] = after;
    }
    recorder.flushInto(report);
  }
  return { fitted: { ...base, outliers, bins, scaling, featureNames: [name] }, features: [values] };
}

function parseColumn(
  raw: readonly unknown[],
  column: string,
  type: NumericType,
  context: ColumnContext,
): Float64Array {
  const values = new Float64Array(raw.length);
  const recorder = new ChangeRecorder(
    column,
    "parse",
    `values that are not ${type === "numeric" ? "numbers" : `${type}s`} set missing`,
  );
  for (let i = 0; i < raw.length; i++) {
    const value = raw[i];
    if (isMissing(value)) {
      values[i] = Number.NaN;
      continue;
    }
    values[i] =
      type === "numeric" ? parseNumber(value) : type === "date" ? parseDate(value) : booleanNumber(value);
    if (Number.isNaN(values[i])) recorder.note(i, value, null);
  }
  recorder.flushInto(context.report);
  return values;
}

function booleanNumber(value: unknown): number {
  const flag = parseBoolean(value);
  if (flag !== null) return flag ? 1 : 0;
  const number = parseNumber(value);
  return number === 0 || number === 1 ? number : Number.NaN;
}

function fitScaling(values: Float64Array, plan: ColumnPlan): FittedColumn["scaling"] {
  const method = plan.scale ?? "none";
  if (method === "none") return null;
  const known = values.filter((v) => !Number.isNaN(v));
  if (known.length === 0) return null;
  const matrix = createMatrix(known.length, 1);
  matrix.data.set(known);
  const json = Scaler.fit(matrix, method).toJSON();
  return { method, center: json.center[0], scale: json.scale[0] };
}
