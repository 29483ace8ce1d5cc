import type { ApiKey as ApiKeyRow } from "@seglens/database";
import type { ApiKey } from "./api-key.type";

/** Public columns only: the key hash stays in the database. */
export function toApiKeyNode(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: `${apiKeyMarker}${row.prefix}`,
    scopes: row.scopes,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

/** Every key starts with this, so secret scanners and people recognise a Seglens key. */
export const apiKeyMarker = "sk_live_";
