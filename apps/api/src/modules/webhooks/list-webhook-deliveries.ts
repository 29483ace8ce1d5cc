import type { PrismaClient } from "@seglens/database";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import { findCampaignOrThrow } from "../campaigns/find-campaign";
import { pageWindow } from "../../graphql/offset-cursor";
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
  return readOffsetConnection({
    window,
    readRows: ({ skip, take }) =>
      prisma.webhookDelivery.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip, take }),
    countRows: () => prisma.webhookDelivery.count({ where }),
    toNode: toWebhookDeliveryView,
  });
}
