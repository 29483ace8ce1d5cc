import { createHash } from "node:crypto";
import type { DemoEventProperties } from "../shop/demo-shop.types";

export interface EventKeyInput {
  customerExternalId: string;
  /** The database enum value (VIEW, SEARCH, ...). */
  type: string;
  /** ISO 8601 with milliseconds and Z, as Date.toISOString() writes it. */
  occurredAtIso: string;
  properties: DemoEventProperties;
}

/**
 * Event.dedupeKey: SHA-256 (hex) of `${customerExternalId}|${TYPE}|${occurredAtISO}|${JSON.stringify(properties)}`.
 * The import computes the same key, so loading the CSV after seeding adds no duplicate events.
 */
export function eventDedupeKey({
  customerExternalId,
  type,
  occurredAtIso,
  properties,
}: EventKeyInput): string {
  return createHash("sha256")
    .update(`${customerExternalId}|${type}|${occurredAtIso}|${JSON.stringify(properties)}`, "utf8")
    .digest("hex");
}
