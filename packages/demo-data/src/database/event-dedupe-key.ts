import { hash } from "node:crypto";
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
  return eventDedupeKeyOf(customerExternalId, type, occurredAtIso, JSON.stringify(properties));
}

/**
 * The same key from the properties JSON already written, so a seed stringifies each event once.
 * crypto.hash (one shot, no Hash object) is about twice as fast as createHash on short inputs, and
 * millions of events make this a hot loop.
 */
export function eventDedupeKeyOf(
  customerExternalId: string,
  type: string,
  occurredAtIso: string,
  propertiesJson: string,
): string {
  return hash("sha256", `${customerExternalId}|${type}|${occurredAtIso}|${propertiesJson}`, "hex");
}
