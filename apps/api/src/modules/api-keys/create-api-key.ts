import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { apiKeyScopes } from "../../graphql/permissions";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { hashToken } from "../auth/hash-token";
import type { CreatedApiKey } from "./api-key.type";
import { apiKeyMarker, toApiKeyNode } from "./to-api-key-node";

export interface CreateApiKeyOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
  ipAddress: string | null;
  now?: Date;
}

/**
 * Creates a key `sk_live_<8 hex prefix>_<43 char secret>` (256 random bits in the secret). The prefix is
 * stored to show in lists, the SHA-256 of the whole key to check it; the key is returned once.
 */
export async function createApiKey({
  prisma,
  viewer,
  name,
  scopes,
  expiresAt = null,
  ipAddress,
  now = new Date(),
}: CreateApiKeyOptions): Promise<CreatedApiKey> {
  if (viewer.kind !== "user")
    throw new AppError("FORBIDDEN", "API keys are created by a signed-in owner, not by another key.");
  const trimmedName = name.trim();
  if (trimmedName.length < 1 || trimmedName.length > 100)
    throw new AppError("BAD_USER_INPUT", "name must have 1 to 100 characters.");
  const uniqueScopes = [...new Set(scopes)];
  if (uniqueScopes.length === 0)
    throw new AppError("BAD_USER_INPUT", "scopes must name at least one permission.");
  const unknown = uniqueScopes.filter((scope) => !(apiKeyScopes as readonly string[]).includes(scope));
  if (unknown.length > 0) {
    throw new AppError(
      "BAD_USER_INPUT",
      `scopes contains ${unknown.map((scope) => `"${scope}"`).join(", ")}, not one of: ${apiKeyScopes.join(", ")}.`,
    );
  }
  if (expiresAt && expiresAt <= now) throw new AppError("BAD_USER_INPUT", "expiresAt must be in the future.");

  const prefix = randomBytes(4).toString("hex");
  const key = `${apiKeyMarker}${prefix}_${randomBytes(32).toString("base64url")}`;
  return prisma.$transaction(async (transaction) => {
    const row = await transaction.apiKey.create({
      data: {
        name: trimmedName,
        prefix,
        keyHash: hashToken(key),
        scopes: uniqueScopes,
        createdById: viewer.userId,
        expiresAt,
      },
    });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "apiKey.create",
      entityType: "ApiKey",
      entityId: row.id,
      details: {
        name: row.name,
        prefix: `${apiKeyMarker}${prefix}`,
        scopes: uniqueScopes,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
      ipAddress,
    });
    return { key, apiKey: toApiKeyNode(row) };
  });
}
