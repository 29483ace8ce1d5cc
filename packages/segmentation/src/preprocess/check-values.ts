import { SegmentationError } from "../errors";
import { ChangeRecorder, type ChangeRecord } from "./change-report";

/**
 * Error checks, each flagged (reported, value kept) or corrected as configured:
 * - range: e.g. ages outside 0..120; clamp to the bound or set missing (then imputed);
 * - non-negative: negative amounts; clamp to 0, take the absolute value, or set missing;
 * - not-future: dates after `asOf` (ms since epoch; the package never reads the clock);
 * - email: malformed addresses; valid ones are trimmed and lower-cased (reported as a correction).
 */
export type ErrorCheck =
  | { kind: "range"; min?: number; max?: number; action: "flag" | "clamp" | "set-missing" }
  | { kind: "non-negative"; action: "flag" | "clamp" | "abs" | "set-missing" }
  | { kind: "not-future"; asOf: number; action: "flag" | "clamp" | "set-missing" }
  | { kind: "email"; action: "flag" | "set-missing" };

// Deliberately simple: one @, no spaces, a dot in the domain, no empty labels.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isValidEmail(text: string): boolean {
  return EMAIL_PATTERN.test(text);
}

/** Applies a numeric check in place (NaN = missing, skipped); dates are ms since the epoch. */
export function checkNumbers(
  column: string,
  values: Float64Array,
  check: Exclude<ErrorCheck, { kind: "email" }>,
  report: ChangeRecord[],
  display: (value: number) => unknown = (value) => value,
): void {
  let low = -Infinity;
  let high = Infinity;
  let what: string;
  if (check.kind === "range") {
    low = check.min ?? -Infinity;
    high = check.max ?? Infinity;
    if (low > high)
      throw new SegmentationError("INVALID_OPTION", `${column}: range check min ${low} is above max ${high}`);
    what = `values outside [${check.min ?? "-∞"}, ${check.max ?? "∞"}]`;
  } else if (check.kind === "non-negative") {
    low = 0;
    what = "negative values";
  } else {
    if (!Number.isFinite(check.asOf))
      throw new SegmentationError("INVALID_OPTION", `${column}: not-future check needs asOf`);
    high = check.asOf;
    what = `dates after ${new Date(check.asOf).toISOString()}`;
  }
  const verb = {
    flag: "flagged",
    clamp: "clamped to the bound",
    abs: "replaced by their absolute value",
    "set-missing": "set missing",
  };
  const recorder = new ChangeRecorder(
    column,
    "check",
    `${what} ${verb[check.action]}`,
    check.action === "flag",
  );
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v < low || v > high)) continue;
    let after = v;
    if (check.action === "clamp") after = v < low ? low : high;
    else if (check.action === "abs") after = Math.abs(v);
    else if (check.action === "set-missing") after = Number.NaN;
    values[i] = after;
    recorder.note(i, display(v), Number.isNaN(after) ? null : display(after));
  }
  recorder.flushInto(report);
}

/** Email check in place over strings (null = missing). */
export function checkEmails(
  column: string,
  values: Array<string | null>,
  action: "flag" | "set-missing",
  report: ChangeRecord[],
): void {
  const bad = new ChangeRecorder(
    column,
    "check",
    `malformed email addresses ${action === "flag" ? "flagged" : "set missing"}`,
    action === "flag",
  );
  const normalised = new ChangeRecorder(column, "check", "email addresses trimmed and lower-cased");
  for (let i = 0; i < values.length; i++) {
    const text = values[i];
    if (text === null) continue;
    const clean = text.trim().toLowerCase();
    if (!isValidEmail(clean)) {
      if (action === "set-missing") values[i] = null;
      bad.note(i, text, values[i]);
    } else if (clean !== text) {
      values[i] = clean;
      normalised.note(i, text, clean);
    }
  }
  bad.flushInto(report);
  normalised.flushInto(report);
}
