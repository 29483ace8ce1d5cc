import { createHmac } from "node:crypto";

/** The X-Seglens-Signature value: `sha256=` + hex HMAC-SHA256 of the exact bytes sent. */
export function signWebhookBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}
