import type { PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
import { toWebhookEndpointView } from "./to-webhook-view";
import type { WebhookEndpointConnection } from "./webhook.type";

export async function listWebhookEndpoints({
  prisma,
  first,
  after,
}: {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
}): Promise<WebhookEndpointConnection> {
  const window = pageWindow(first, after);
  const [rows, totalCount] = await Promise.all([
    prisma.webhookEndpoint.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
    prisma.webhookEndpoint.count(),
  ]);
  const page = toConnectionPage(rows, window);
  return {
    totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    edges: page.nodes.map((row, index) => ({
      cursor: page.cursors[index],
      node: toWebhookEndpointView(row),
    })),
  };
}
