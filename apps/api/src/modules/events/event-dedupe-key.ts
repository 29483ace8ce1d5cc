import { createHash } from "node:crypto";

/**
 * SHA-256 hex of `${customerExternalId}|${TYPE}|${occurredAtISO}|${JSON.stringify(properties)}`: the contract
 * shared by recordEvent, event imports and the demo-data seeder (packages/demo-data), so loading the demo CSV
 * after seeding adds no duplicate. TYPE is the database enum spelling (VIEW, ADD_TO_CART...).
 */
export function eventDedupeKey(
  customerExternalId: string,
  type: string,
  occurredAt: Date,
  properties: Record<string, unknown>,
): string {
  return createHash("sha256")
    .update(
      `${customerExternalId}|${type.toUpperCase()}|${occurredAt.toISOString()}|${JSON.stringify(properties)}`,
      "utf8",
    )
    .digest("hex");
}
