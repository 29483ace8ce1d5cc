import { createHash } from "node:crypto";
import type { SuppressionKind } from "@seglens/database";

/**
 * The stored form of an erased identifier. Emails are compared lower-cased and trimmed (as customers
 * store them), external ids trimmed; the kind is part of the hash input so the two never collide.
 */
export function suppressionHash(kind: SuppressionKind, value: string): string {
  const normalised = kind === "EMAIL" ? value.trim().toLowerCase() : value.trim();
  return createHash("sha256").update(`${kind}:${normalised}`, "utf8").digest("hex");
}
