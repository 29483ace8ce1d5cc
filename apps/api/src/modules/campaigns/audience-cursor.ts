import { AppError } from "../../errors/app-error";

/** Audience cursors carry the last customer id (keyset): opaque to clients, stable while the audience changes. */
export function encodeAudienceCursor(customerId: number): string {
  return Buffer.from(`customer:${customerId}`, "utf8").toString("base64url");
}

export function decodeAudienceCursor(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const match = /^customer:(\d{1,15})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match) throw new AppError("BAD_USER_INPUT", "after is not a cursor returned by this list.");
  return Number(match[1]);
}
