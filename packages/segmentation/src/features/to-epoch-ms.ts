import { SegmentationError } from "../errors";
import type { DateInput } from "./customer-features";

export const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch, NaN when invalid; numbers pass through so the hot path does no parsing. */
export function toEpochMs(value: DateInput): number {
  return typeof value === "number" ? value : value instanceof Date ? value.getTime() : Date.parse(value);
}

/**
 * The caller builds the description only after a failure: formatting a message for each of
 * 10M orders up front costed seconds.
 */
export function invalidDate(value: DateInput, what: string): SegmentationError {
  return new SegmentationError("INVALID_INPUT", `${what} is not a valid date: ${String(value)}`);
}
