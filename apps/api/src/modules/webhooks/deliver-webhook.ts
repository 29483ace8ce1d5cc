import type { PrismaClient } from "@seglens/database";
import type { Logger } from "../../logging/logger";
import { postWebhookPage } from "./post-webhook-page";

export interface DeliveryPolicy {
  /** Customers per request. */
  pageSize: number;
  /** Requests per page before the delivery is FAILED. */
  maxAttempts: number;
  /** Wait before the first retry; doubled for each further one (1 s, 2 s, 4 s, 8 s). */
  retryDelayMs: number;
  timeoutMs: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  pageSize: 1_000,
  maxAttempts: 5,
  retryDelayMs: 1_000,
  timeoutMs: 10_000,
};

interface SnapshotRow {
  customerId: number;
  externalId: string;
  email: string | null;
  name: string | null;
  segments: string[];
}

/**
 * The job behind a WebhookDelivery: POSTs the snapshotted audience page by page, retrying network
 * errors and 5xx with exponential back-off, stopping at once on other 4xx. Runs again harmlessly
 * (a delivery that is no longer PENDING is left alone); after a crash it restarts from page 1, and
 * receivers can de-duplicate by X-Seglens-Delivery and page.
 */
export async function deliverWebhook({
  prisma,
  deliveryId,
  policy = defaultDeliveryPolicy,
  logger,
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: {
  prisma: PrismaClient;
  deliveryId: string;
  policy?: DeliveryPolicy;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
}): Promise<void> {
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { endpoint: true, campaign: true },
  });
  if (!delivery || delivery.status !== "PENDING") return;
  const fail = (lastError: string) =>
    prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "FAILED", lastError } });
  if (!delivery.campaign) return void (await fail("The campaign was deleted before its audience was sent."));
  if (!delivery.endpoint.active) return void (await fail("The endpoint was deactivated before delivery."));
  const campaign = delivery.campaign;

  const snapshotFilter = { campaignId: campaign.id, sentAt: delivery.createdAt };
  const totalCustomers = await prisma.campaignAudienceMember.count({ where: snapshotFilter });
  const pageCount = Math.max(1, Math.ceil(totalCustomers / policy.pageSize));
  let afterCustomerId = 0;

  for (let page = 1; page <= pageCount; page++) {
    const rows = await prisma.$queryRaw<SnapshotRow[]>`
      SELECT c."id" AS "customerId", c."externalId", c."email", c."name",
        ARRAY(SELECT s."name" FROM "SegmentMembership" m
              JOIN "CampaignSegment" cs ON cs."segmentId" = m."segmentId" AND cs."campaignId" = a."campaignId"
              JOIN "Segment" s ON s."id" = m."segmentId"
              WHERE m."customerId" = c."id" ORDER BY s."name") AS "segments"
      FROM "CampaignAudienceMember" a JOIN "Customer" c ON c."id" = a."customerId"
      WHERE a."campaignId" = ${campaign.id}::uuid AND a."sentAt" = ${delivery.createdAt} AND c."id" > ${afterCustomerId}
      ORDER BY c."id" LIMIT ${policy.pageSize}`;
    afterCustomerId = rows.at(-1)?.customerId ?? afterCustomerId;
    const body = JSON.stringify({
      deliveryId,
      campaign: { id: campaign.id, name: campaign.name, channel: campaign.channel },
      page,
      pageCount,
      totalCustomers,
      customers: rows.map(({ externalId, email, name, segments }) => ({ externalId, email, name, segments })),
    });

    for (let attempt = 1; ; attempt++) {
      const outcome = await postWebhookPage({
        url: delivery.endpoint.url,
        secret: delivery.endpoint.secret,
        deliveryId,
        body,
        page,
        pageCount,
        timeoutMs: policy.timeoutMs,
        now: new Date(),
      });
      await prisma.webhookDelivery.update({
        where: { id: deliveryId },
        data: { attempts: { increment: 1 }, responseStatus: outcome.status, lastError: outcome.error },
      });
      if (outcome.ok) break;
      logger?.warn("webhook request failed", {
        deliveryId,
        page,
        attempt,
        status: outcome.status,
        error: outcome.error,
      });
      if (!outcome.retryable)
        return void (await fail(`${outcome.error} Not retried: the endpoint refused the request.`));
      if (attempt >= policy.maxAttempts)
        return void (await fail(
          `${outcome.error} Gave up after ${attempt} attempt${attempt === 1 ? "" : "s"}.`,
        ));
      await sleep(policy.retryDelayMs * 2 ** (attempt - 1));
    }
  }
  await prisma.webhookDelivery.update({
    where: { id: deliveryId },
    data: { status: "DELIVERED", deliveredAt: new Date(), lastError: null },
  });
}
