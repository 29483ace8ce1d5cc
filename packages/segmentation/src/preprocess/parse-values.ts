/**
 * Lenient parsing of raw cell values (CSV strings, JSON values) into numbers, booleans and dates.
 * Every parser returns NaN / null for "not this type" instead of throwing, so callers can count.
 */

const MISSING_WORDS = new Set(["", "na", "n/a", "nan", "null", "none", "nil", "-", "?"]);

export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "string") return MISSING_WORDS.has(value.trim().toLowerCase());
  return false;
}

// Optional sign, currency symbol, thousands separators ("1,234.50"), decimals and exponent.
const NUMBER_PATTERN = /^[+-]?[$€£¥]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A finite number, or NaN. Accepts "1,234.50", "$12", "-3e2"; rejects dates like "2024-01-02". */
export function parseNumber(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim();
  if (text === "" || !NUMBER_PATTERN.test(text) || !/\d/.test(text)) return Number.NaN;
  const number = Number(text.replace(/[$€£¥,]/g, ""));
  return Number.isFinite(number) ? number : Number.NaN;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "t"]);
const FALSE_WORDS = new Set(["false", "no", "n", "f"]);

/** true / false for boolean values and words (yes/no, y/n, t/f), else null. 0/1 stay numbers. */
export function parseBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return null;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

// ISO dates (2024-01-31, with optional time) and day/month/year or month/day/year with slashes.
const DATE_PATTERN =
  /^(\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** Milliseconds since the epoch for a Date or a date-like string, else NaN (bare numbers are not dates). */
export function parseDate(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim();
  if (!DATE_PATTERN.test(text)) return Number.NaN;
  return Date.parse(text.includes(" ") && !text.includes("T") ? text.replace(" ", "T") : text);
}
