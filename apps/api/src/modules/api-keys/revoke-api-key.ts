import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import type { ApiKeyCache } from "../auth/api-key-cache";
import { assertUuid } from "../users/assert-uuid";
import type { ApiKey } from "./api-key.type";
import { toApiKeyNode } from "./to-api-key-node";

/**
 * Stops a key from working at once (in this process; other API processes within the cache's few seconds).
 * Revoking a revoked key changes nothing (keeps the first time).
 */
export async function revokeApiKey({
  prisma,
  apiKeyCache,
  viewer,
  id,
  ipAddress,
  now = new Date(),
}: {
  prisma: PrismaClient;
  apiKeyCache: ApiKeyCache;
  viewer: Viewer;
  id: string;
  ipAddress: string | null;
  now?: Date;
}): Promise<ApiKey> {
  assertUuid(id, "id");
  const result = await prisma.$transaction(async (transaction) => {
    const key = await transaction.apiKey.findUnique({ where: { id } });
    if (!key) throw new AppError("NOT_FOUND", `No API key with id ${id}.`);
    if (key.revokedAt) return toApiKeyNode(key);
    const revoked = await transaction.apiKey.update({ where: { id }, data: { revokedAt: now } });
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "apiKey.revoke",
      entityType: "ApiKey",
      entityId: id,
      details: { name: key.name },
      ipAddress,
    });
    return toApiKeyNode(revoked);
  });
  apiKeyCache.clear();
  return result;
}
