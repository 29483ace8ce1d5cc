import { SegmentationError } from "../errors";
import { ChangeRecorder } from "./change-report";
import { checkEmails } from "./check-values";
import type { ColumnContext, FittedColumn, ProcessedColumn } from "./fitted-column";
import { modeOfStrings } from "./impute-values";
import { fitOneHot, OTHER_CATEGORY } from "./one-hot-encoder";
import { isMissing } from "./parse-values";
import { MISSING_CATEGORY, type ColumnPlan } from "./preprocess-plan";

/**
 * Categories: trim → checks (email) → impute (mode, or none = its own "(missing)" category) →
 * one-hot with an "other" column for rare categories and for categories never seen at fit.
 */
export function processCategoryColumn(
  raw: readonly unknown[],
  plan: ColumnPlan,
  confidence: number,
  fitted: FittedColumn | null,
  context: ColumnContext,
): ProcessedColumn {
  const { column } = plan;
  const { report } = context;
  const values: Array<string | null> = raw.map((value) =>
    isMissing(value) ? null : value instanceof Date ? value.toISOString() : String(value).trim(),
  );

  for (const check of plan.checks ?? []) {
    if (check.kind !== "email") {
      throw new SegmentationError(
        "INVALID_OPTION",
        `${column}: a ${check.kind} check needs a numeric or date column`,
      );
    }
    checkEmails(column, values, check.action, report);
  }

  const method = plan.impute ?? "mode";
  if (method !== "mode" && method !== "none") {
    throw new SegmentationError(
      "INVALID_OPTION",
      `${column}: a category column imputes by "mode" or "none", not "${method}"`,
    );
  }
  const fill = fitted
    ? (fitted.impute.fill as string | null)
    : method === "mode"
      ? modeOfStrings(values)
      : MISSING_CATEGORY;
  const recorder = new ChangeRecorder(
    column,
    "impute",
    method === "mode"
      ? `missing values imputed with the mode "${fill}"`
      : `missing values kept as the category "${MISSING_CATEGORY}"`,
  );
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null && fill !== null) {
      values[i] = fill;
      recorder.note(i, null, fill);
    }
  }
  recorder.flushInto(report);

  const output = plan.output ?? true;
  const oneHot = fitted ? fitted.oneHot : output ? fitOneHot(column, values, plan.oneHot) : null;
  const base: FittedColumn = {
    column,
    type: "categorical",
    confidence,
    checks: plan.checks ?? [],
    interpolateBy: null,
    output,
    impute: { method, fill },
    outliers: { method: "none", reason: "not numeric" },
    bins: null,
    scaling: null,
    oneHot,
    featureNames: [],
  };
  if (!output || !oneHot) return { fitted: base, features: [] };

  const width = oneHot.categories.length + 1;
  const lookup = new Map(oneHot.categories.map((category, k) => [category, k]));
  const features = Array.from({ length: width }, () => new Float64Array(values.length));
  const other = new ChangeRecorder(column, "encode", `rare or unseen categories put in "${OTHER_CATEGORY}"`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null) {
      for (const feature of features) feature[i] = Number.NaN;
      continue;
    }
    const k = lookup.get(value) ?? width - 1;
    features[k][i] = 1;
    if (k === width - 1) other.note(i, value, OTHER_CATEGORY);
  }
  other.flushInto(report);
  const featureNames = [...oneHot.categories, OTHER_CATEGORY].map((category) => `${column}=${category}`);
  return { fitted: { ...base, featureNames }, features };
}
