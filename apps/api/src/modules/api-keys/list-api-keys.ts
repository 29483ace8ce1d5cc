import type { Prisma, PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
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
  const [totalCount, rows] = await Promise.all([
    prisma.apiKey.count({ where }),
    prisma.apiKey.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
  ]);
  const page = toConnectionPage(rows.map(toApiKeyNode), window);
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}
