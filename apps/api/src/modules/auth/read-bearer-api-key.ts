import type { IncomingMessage } from "node:http";
import { hashToken } from "./hash-token";

/** What a request's Authorization header holds: nothing, something that is not "Bearer <key>", or a key (as its hash). */
export type BearerApiKey = { kind: "none" } | { kind: "malformed" } | { kind: "key"; keyHash: string };

const readByRequest = new WeakMap<IncomingMessage, BearerApiKey>();

/**
 * Reads the request's API key once: the per-key rate limiter and resolveViewer both need its hash, so the
 * first to ask hashes it and the answer stays with the request (only the hash: never the usable key).
 */
export function readBearerApiKey(request: IncomingMessage): BearerApiKey {
  const known = readByRequest.get(request);
  if (known) return known;
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  const read: BearerApiKey = !header
    ? { kind: "none" }
    : match
      ? { kind: "key", keyHash: hashToken(match[1]) }
      : { kind: "malformed" };
  readByRequest.set(request, read);
  return read;
}
