import { createHash, randomBytes } from "node:crypto";

/** Session tokens and API keys are stored only as this SHA-256 hex digest. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new unguessable token (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}
