/** Each parser returns the value, or a string that says what is wrong (used as the row error message). */
export type Parsed<T> = { value: T } | { problem: string };

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 dates and times; a time without a zone is UTC. Impossible dates (2023-02-30) are refused. */
export function parseDateTime(text: string): Parsed<Date> {
  const only = dateOnly.exec(text);
  if (only)
    return checkedDate(Date.UTC(+only[1], +only[2] - 1, +only[3]), +only[1], +only[2], +only[3], text);
  const full = dateTime.exec(text);
  if (!full) return { problem: `"${text}" is not a date (use YYYY-MM-DD or an ISO 8601 time)` };
  const [, year, month, day, hour, minute, second = "0", fraction = "0", zone] = full;
  let epoch = Date.UTC(
    +year,
    +month - 1,
    +day,
    +hour,
    +minute,
    +second,
    Math.round(Number(`0.${fraction}`) * 1000),
  );
  if (zone && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    epoch -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  if (+hour > 23 || +minute > 59 || +second > 59) return { problem: `"${text}" is not a valid time` };
  return checkedDate(epoch, +year, +month, +day, text, zone !== undefined && zone !== "Z");
}

function checkedDate(
  epoch: number,
  year: number,
  month: number,
  day: number,
  text: string,
  shifted = false,
): Parsed<Date> {
  const date = new Date(epoch);
  if (!shifted) {
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return { problem: `"${text}" is not a real calendar date` };
    }
  } else if (month < 1 || month > 12 || day < 1 || day > 31) {
    return { problem: `"${text}" is not a real calendar date` };
  }
  if (year < 1900 || year > 2200) return { problem: `"${text}" is outside the years 1900 to 2200` };
  return { value: date };
}

const decimalShape = /^-?\d+(?:\.\d+)?$/;

/** Plain decimal numbers (no thousands separators, no currency symbols), rounded to cents. */
export function parseMoney(text: string): Parsed<number> {
  if (!decimalShape.test(text)) return { problem: `"${text}" is not a number` };
  const value = Number(text);
  if (value < 0) return { problem: `${text} is negative` };
  if (value >= 1e12) return { problem: `${text} is too large` };
  return { value: Math.round(value * 100) / 100 };
}

export function parsePositiveInteger(text: string): Parsed<number> {
  if (!/^-?\d+$/.test(text)) return { problem: `"${text}" is not a whole number` };
  const value = Number(text);
  if (value <= 0) return { problem: `${text} must be greater than 0` };
  if (value > 2_147_483_647) return { problem: `${text} is too large` };
  return { value };
}

const truthy = new Set(["true", "yes", "y", "1", "t", "on"]);
const falsy = new Set(["false", "no", "n", "0", "f", "off", ""]);

export function parseBoolean(text: string): Parsed<boolean> {
  const lowered = text.toLowerCase();
  if (truthy.has(lowered)) return { value: true };
  if (falsy.has(lowered)) return { value: false };
  return { problem: `"${text}" is not true/false/yes/no/1/0` };
}

export function parseJsonObject(text: string): Parsed<Record<string, unknown>> {
  if (text === "") return { value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return { value: value as Record<string, unknown> };
  } catch {
    // fall through to the message below
  }
  return { problem: "is not a JSON object" };
}
