import type { Prisma, PrismaClient } from "@seglens/database";
import { pageWindow } from "../../graphql/offset-cursor";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import type { ApiKeyConnection } from "./api-key.type";
import { toApiKeyNode } from "./to-api-key-node";

export interface ListApiKeysOptions {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
  includeInactive: boolean;
  now?: Date;
}

/** A page of API keys, newest first; optionally only the ones that still work. */
export async function listApiKeys({
  prisma,
  first,
  after,
  includeInactive,
  now = new Date(),
}: ListApiKeysOptions): Promise<ApiKeyConnection> {
  const window = pageWindow(first, after);
  const where: Prisma.ApiKeyWhereInput = includeInactive
    ? {}
    : { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  return readOffsetConnection({
    window,
    readRows: ({ skip, take }) =>
      prisma.apiKey.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip, take }),
    countRows: () => prisma.apiKey.count({ where }),
    toNode: toApiKeyNode,
  });
}
