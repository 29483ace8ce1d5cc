import { createHash } from "node:crypto";

/**
 * SHA-256 hex of `${customerExternalId}|${type}|${occurredAtISO}|${propertiesJSON}`, the contract shared by
 * recordEvent and event imports. Properties are serialised with sorted keys so that {a,b} and {b,a} are one event.
 * `type` is the lower-case import spelling (view, add_to_cart...).
 */
export function eventDedupeKey(customerExternalId: string, type: string, occurredAt: Date, properties: Record<string, unknown>): string {
  return createHash("sha256")
    .update(`${customerExternalId}|${type.toLowerCase()}|${occurredAt.toISOString()}|${canonicalJson(properties)}`, "utf8")
    .digest("hex");
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
