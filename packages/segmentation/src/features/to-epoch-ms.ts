import { SegmentationError } from "../errors";
import type { DateInput } from "./customer-features";

export const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch; numbers pass through untouched so the hot path does no parsing. */
export function toEpochMs(value: DateInput, what: string): number {
  const ms = typeof value === "number" ? value : value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new SegmentationError("INVALID_INPUT", `${what} is not a valid date: ${String(value)}`);
  }
  return ms;
}
