import { DemoDataError } from "../errors";

export const DAY_MS = 86_400_000;
export const DEFAULT_AS_OF = "2026-11-01";

/** yyyy-mm-dd of a UTC instant. */
export function toIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of the reference day; the generator never reads the clock. */
export function parseAsOf(asOf: string | Date | undefined): number {
  if (asOf === undefined) return Date.parse(`${DEFAULT_AS_OF}T00:00:00.000Z`);
  if (asOf instanceof Date) {
    const ms = asOf.getTime();
    if (Number.isNaN(ms) || ms % DAY_MS !== 0) {
      throw new DemoDataError(
        "INVALID_OPTION",
        `asOf must be a valid date at midnight UTC, got ${String(asOf)}`,
      );
    }
    return ms;
  }
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(asOf) ||
    Number.isNaN(Date.parse(`${asOf}T00:00:00.000Z`)) ||
    toIsoDate(Date.parse(`${asOf}T00:00:00.000Z`)) !== asOf
  ) {
    throw new DemoDataError("INVALID_OPTION", `asOf must be a date as yyyy-mm-dd, got "${asOf}"`);
  }
  return Date.parse(`${asOf}T00:00:00.000Z`);
}
