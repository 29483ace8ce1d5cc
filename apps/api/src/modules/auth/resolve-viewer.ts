import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { apiKeyScopes, type Permission } from "../../graphql/permissions";
import { anonymousViewer, type Viewer } from "../../graphql/viewer";
import { hashToken } from "./hash-token";

const lastUsedResolutionMs = 60_000;

export interface ResolveViewerOptions {
  prisma: PrismaClient;
  sessionToken?: string | null;
  /** The value of the Authorization header, if any. */
  authorization?: string | null;
  now?: Date;
}

/**
 * Finds who is calling. A bearer key that is unknown, revoked or expired is an error (the caller meant
 * to authenticate); a missing or stale session cookie just means anonymous.
 */
export async function resolveViewer({
  prisma,
  sessionToken,
  authorization,
  now = new Date(),
}: ResolveViewerOptions): Promise<Viewer> {
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AppError("UNAUTHENTICATED", "The Authorization header must be 'Bearer <API key>'.");
    const apiKey = await prisma.apiKey.findUnique({ where: { keyHash: hashToken(match[1]) } });
    if (!apiKey || apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= now)) {
      throw new AppError("UNAUTHENTICATED", "The API key is not valid (unknown, revoked or expired).");
    }
    // "Last used" to the minute is enough, and writing it on every request made all requests of one busy
    // key queue on the same row.
    if (!apiKey.lastUsedAt || now.getTime() - apiKey.lastUsedAt.getTime() >= lastUsedResolutionMs) {
      await prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: now } });
    }
    const scopes = apiKey.scopes.filter((scope): scope is Permission =>
      (apiKeyScopes as readonly string[]).includes(scope),
    );
    return { kind: "apiKey", apiKeyId: apiKey.id, ownerId: apiKey.createdById, scopes };
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
