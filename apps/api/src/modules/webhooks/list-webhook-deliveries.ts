import type { PrismaClient } from "@seglens/database";
import { findCampaignOrThrow } from "../campaigns/find-campaign";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
import { toWebhookDeliveryView } from "./to-webhook-view";
import type { WebhookDeliveryConnection } from "./webhook.type";

/** A campaign's deliveries, newest first: what was sent where, and how it went. */
export async function listWebhookDeliveries({
  prisma,
  campaignId,
  first,
  after,
}: {
  prisma: PrismaClient;
  campaignId: string;
  first: number;
  after?: string | null;
}): Promise<WebhookDeliveryConnection> {
  const window = pageWindow(first, after);
  const campaign = await findCampaignOrThrow({ prisma, id: campaignId });
  const where = { campaignId: campaign.id };
  const [rows, totalCount] = await Promise.all([
    prisma.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
    prisma.webhookDelivery.count({ where }),
  ]);
  const page = toConnectionPage(rows, window);
  return {
    totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    edges: page.nodes.map((row, index) => ({
      cursor: page.cursors[index],
      node: toWebhookDeliveryView(row),
    })),
  };
}
