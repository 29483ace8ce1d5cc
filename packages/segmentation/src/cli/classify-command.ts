import { readFileSync, writeFileSync } from "node:fs";
import { classifierKinds, crossValidate, type ClassifierKind } from "../classify";
import { SegmentationError } from "../errors";
import { readCsvHeader } from "./read-csv-header";
import { parseNumericCsv } from "./read-numeric-csv";

const usage =
  "segment classify --input F --target COL [--model tree|svm|mlp|logistic|all] [--features a,b,c] [--id COL] [--folds 5] [--seed N] [--out F]";

export interface ClassifyArguments {
  input: string;
  target: string;
  model: ClassifierKind | "all";
  features?: string[];
  id?: string;
  folds: number;
  seed: number;
  out?: string;
}

/**
 * `segment classify`: stratified k-fold cross-validated accuracy, precision, recall, F1 and ROC AUC
 * of each model predicting --target from the numeric columns (default: every numeric column except
 * the target and --id). The target may be text ("yes"/"no") or numbers; classes are its distinct
 * values in sorted order, and for two classes the second one is the positive class.
 */
export async function runClassifyCommand(args: string[]): Promise<void> {
  const options = parseClassifyArguments(args);
  const bytes = readInput(options.input);
  const { header } = readCsvHeader(bytes);
  if (!header.includes(options.target)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `unknown target column "${options.target}" (columns: ${header.join(", ")})`,
    );
  }
  if (options.id !== undefined && !header.includes(options.id)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `unknown id column "${options.id}" (columns: ${header.join(", ")})`,
    );
  }
  if (options.features?.includes(options.target)) {
    throw new SegmentationError("INVALID_OPTION", `the target "${options.target}" cannot also be a feature`);
  }
  const csv = parseNumericCsv(bytes, {
    features: options.features,
    exclude: [options.target, ...(options.id === undefined ? [] : [options.id])],
    keepText: [options.target],
  });
  const { classes, labels } = encodeTarget(csv.textColumns[options.target], options.target);
  const result = crossValidate({
    x: csv.matrix,
    y: labels,
    model: options.model,
    folds: options.folds,
    seed: options.seed,
  });
  const output = {
    target: options.target,
    classes,
    positiveClass: classes.length === 2 ? classes[1] : null,
    rows: csv.rowCount,
    features: csv.features,
    folds: result.folds,
    seed: options.seed,
    models: result.models.map((model) => ({ model: model.model, mean: model.mean, folds: model.folds })),
  };
  const json = `${JSON.stringify(output, null, 2)}\n`;
  if (options.out) writeFileSync(options.out, json);
  else process.stdout.write(json);
}

export function parseClassifyArguments(args: string[]): ClassifyArguments {
  const known = ["--input", "--target", "--model", "--features", "--id", "--folds", "--seed", "--out"];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    if (!known.includes(flag))
      throw new SegmentationError("INVALID_OPTION", `unknown option "${flag}"; usage: ${usage}`);
    if (value === undefined || value.startsWith("--"))
      throw new SegmentationError("INVALID_OPTION", `${flag} needs a value`);
    values.set(flag, value);
  }
  const required = (flag: string): string => {
    const value = values.get(flag);
    if (value === undefined)
      throw new SegmentationError("INVALID_OPTION", `${flag} is required; usage: ${usage}`);
    return value;
  };
  const integer = (flag: string, fallback: number, min: number): number => {
    const text = values.get(flag);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (text.trim() === "" || !Number.isInteger(value) || value < min) {
      throw new SegmentationError("INVALID_OPTION", `${flag} must be an integer ≥ ${min}, got "${text}"`);
    }
    return value;
  };
  const model = values.get("--model") ?? "all";
  if (model !== "all" && !classifierKinds.includes(model as ClassifierKind)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `--model must be tree, svm, mlp, logistic or all, got "${model}"`,
    );
  }
  const features = values.get("--features");
  return {
    input: required("--input"),
    target: required("--target"),
    model: model as ClassifierKind | "all",
    features:
      features === undefined
        ? undefined
        : features
            .split(",")
            .map((name) => name.trim())
            .filter(Boolean),
    id: values.get("--id"),
    folds: integer("--folds", 5, 2),
    seed: integer("--seed", 0, 0),
    out: values.get("--out"),
  };
}

function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(code);
    throw new SegmentationError("INVALID_INPUT", `cannot read "${path}": ${reason}`);
  }
}

/** Distinct target values sorted (numerically when all are numbers) → class ids. */
function encodeTarget(raw: string[] | undefined, name: string): { classes: string[]; labels: Int32Array } {
  const values = (raw ?? []).map((value) => value.trim());
  const emptyRow = values.findIndex((value) => value === "");
  if (emptyRow >= 0)
    throw new SegmentationError("INVALID_INPUT", `row ${emptyRow + 1}, target column "${name}" is empty`);
  const distinct = [...new Set(values)];
  const numeric = distinct.every((value) => Number.isFinite(Number(value)));
  const classes = distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
  if (classes.length < 2)
    throw new SegmentationError(
      "INVALID_INPUT",
      `target column "${name}" has a single value: nothing to predict`,
    );
  const index = new Map(classes.map((value, code) => [value, code]));
  return { classes, labels: Int32Array.from(values, (value) => index.get(value)!) };
}
