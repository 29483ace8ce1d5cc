import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { apiKeyScopes, type Permission } from "../../graphql/permissions";
import { anonymousViewer, type Viewer } from "../../graphql/viewer";
import type { ApiKeyCache } from "./api-key-cache";
import { hashToken } from "./hash-token";
import type { BearerApiKey } from "./read-bearer-api-key";

const lastUsedResolutionMs = 60_000;

export interface ResolveViewerOptions {
  prisma: PrismaClient;
  sessionToken?: string | null;
  /** The request's API key, from readBearerApiKey (hashed once per request); absent means none. */
  bearerKey?: BearerApiKey;
  /** Recently read valid keys (the API server's); without it every key is read from the database. */
  apiKeyCache?: ApiKeyCache;
  now?: Date;
}

function lastUseIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= lastUsedResolutionMs;
}

/**
 * Finds who is calling. A bearer key that is unknown, revoked or expired is an error (the caller meant
 * to authenticate); a missing or stale session cookie just means anonymous.
 */
export async function resolveViewer({
  prisma,
  sessionToken,
  bearerKey = { kind: "none" },
  apiKeyCache,
  now = new Date(),
}: ResolveViewerOptions): Promise<Viewer> {
  if (bearerKey.kind === "malformed")
    throw new AppError("UNAUTHENTICATED", "The Authorization header must be 'Bearer <API key>'.");
  if (bearerKey.kind === "key") {
    const { keyHash } = bearerKey;
    const cached = apiKeyCache?.get(keyHash, now);
    if (cached && !lastUseIsStale(cached.lastUsedAt, now)) return cached.viewer;
    const apiKey = await prisma.apiKey.findUnique({ where: { keyHash } });
    if (!apiKey || apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= now)) {
      throw new AppError("UNAUTHENTICATED", "The API key is not valid (unknown, revoked or expired).");
    }
    // "Last used" to the minute is enough, and writing it on every request made all requests of one busy
    // key queue on the same row.
    let lastUsedAt = apiKey.lastUsedAt;
    if (lastUseIsStale(lastUsedAt, now)) {
      await prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: now } });
      lastUsedAt = now;
    }
    const scopes = apiKey.scopes.filter((scope): scope is Permission =>
      (apiKeyScopes as readonly string[]).includes(scope),
    );
    const viewer = { kind: "apiKey" as const, apiKeyId: apiKey.id, ownerId: apiKey.createdById, scopes };
    apiKeyCache?.remember(keyHash, { viewer, lastUsedAt }, apiKey.expiresAt, now);
    return viewer;
  }
  if (sessionToken) {
    const session = await prisma.session.findUnique({
      where: { tokenHash: hashToken(sessionToken) },
      include: { user: true },
    });
    if (session && !session.revokedAt && session.expiresAt > now) {
      return {
        kind: "user",
        userId: session.user.id,
        email: session.user.email,
        role: session.user.role,
        sessionId: session.id,
      };
    }
  }
  return anonymousViewer;
}
