/** Each parser returns the value, or a string that says what is wrong (used as the row error message). */
export type Parsed<T> = { value: T } | { problem: string };

const timestampShape =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * ISO 8601 dates and times, as the UTC time in toISOString()'s form ("2024-03-01T10:00:00.000Z"); a time without
 * a zone is UTC. Impossible dates (2023-02-30) and times are refused, and so are years outside 1900 to 2200, in the
 * text or in the UTC time an offset or a fraction's carry gives. The text is put together from the cell's own
 * digits: a Date and its toISOString() cost about a microsecond per cell, a third of a customer row's checks.
 * Only a time with an offset (or a fraction that rounds up to the next second) goes through a Date.
 */
export function parseTimestamp(text: string): Parsed<string> {
  const parts = timestampShape.exec(text);
  if (!parts) return { problem: `"${text}" is not a date (use YYYY-MM-DD or an ISO 8601 time)` };
  const [, year, month, day, hour = "00", minute = "00", second = "00", fraction, zone] = parts;
  if (+hour > 23 || +minute > 59 || +second > 59) return { problem: `"${text}" is not a valid time` };
  if (+month < 1 || +month > 12 || +day < 1 || +day > daysInMonth(+year, +month))
    return { problem: `"${text}" is not a real calendar date` };
  if (+year < 1900 || +year > 2200) return { problem: `"${text}" is outside the years 1900 to 2200` };
  const milliseconds = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  const offsetMinutes = zone === undefined || zone === "Z" ? 0 : zoneOffsetMinutes(zone);
  if (offsetMinutes === 0 && milliseconds < 1000)
    return { value: `${year}-${month}-${day}T${hour}:${minute}:${second}.${threeDigits(milliseconds)}Z` };
  // Through a Date: the offset, or a fraction's carry into the next second (and maybe the next day, or year).
  const epoch = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, milliseconds);
  const utc = new Date(epoch - offsetMinutes * 60_000);
  if (utc.getUTCFullYear() < 1900 || utc.getUTCFullYear() > 2200)
    return { problem: `"${text}" is outside the years 1900 to 2200` };
  return { value: utc.toISOString() };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "+05:30" or "-0800" as minutes east of UTC. */
function zoneOffsetMinutes(zone: string): number {
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith("-") ? -minutes : minutes;
}

function threeDigits(value: number): string {
  return value < 10 ? `00${value}` : value < 100 ? `0${value}` : String(value);
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
