import type { PrismaClient } from "@seglens/database";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import { pageWindow } from "../../graphql/offset-cursor";
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
  return readOffsetConnection({
    window: pageWindow(first, after),
    readRows: ({ skip, take }) =>
      prisma.webhookEndpoint.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip, take }),
    countRows: () => prisma.webhookEndpoint.count(),
    toNode: toWebhookEndpointView,
  });
}
