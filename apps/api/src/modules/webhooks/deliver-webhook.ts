import type { PrismaClient, WebhookDelivery } from "@seglens/database";
import type { Logger } from "../../logging/logger";
import { claimDeliveryLease, type DeliveryLease } from "./claim-delivery-lease";
import { postWebhookPage } from "./post-webhook-page";

export interface DeliveryPolicy {
  /** Customers per request (fixed for a delivery once it has started). */
  pageSize: number;
  /** Requests per page before the delivery is FAILED. */
  maxAttempts: number;
  /** Wait before the first retry; doubled for each further one (1 s, 2 s, 4 s, 8 s). */
  retryDelayMs: number;
  timeoutMs: number;
  /**
   * How long a worker's claim on the delivery lasts without renewal (renewed every sixth of it while it
   * sends): after a crash, another process continues the delivery about this long later.
   */
  leaseMs: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  pageSize: 1_000,
  maxAttempts: 5,
  retryDelayMs: 1_000,
  timeoutMs: 10_000,
  leaseMs: 30_000,
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
 * (a delivery that is no longer PENDING is left alone). Each accepted page is recorded with the id of
 * its last customer, so a delivery retried or restarted after a crash continues with the next page:
 * pages the endpoint accepted are not sent again (unless the crash fell between the endpoint's answer
 * and that record, in which case that one page comes twice; receivers can de-duplicate by
 * X-Seglens-Delivery and page). Only the worker holding the delivery's lease sends (claimDeliveryLease):
 * a second job for the same delivery returns at once, and a worker that lost its lease stops.
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
  // Null for a delivery that is gone, no longer PENDING, or held by a live lease of another worker.
  const lease = await claimDeliveryLease({ prisma, deliveryId, leaseMs: policy.leaseMs, logger });
  if (!lease) return;
  try {
    await sendPages({ prisma, deliveryId, policy, logger, sleep, lease });
  } catch (error) {
    // This process is alive and knows it stopped: let the sweep hand the delivery on now, not after the lease.
    await lease.release().catch(() => undefined);
    throw error;
  } finally {
    lease.stopHeartbeat();
  }
}

async function sendPages({
  prisma,
  deliveryId,
  policy,
  logger,
  sleep,
  lease,
}: {
  prisma: PrismaClient;
  deliveryId: string;
  policy: DeliveryPolicy;
  logger?: Logger;
  sleep: (ms: number) => Promise<void>;
  lease: DeliveryLease;
}): Promise<void> {
  const found = await prisma.webhookDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    include: { endpoint: true, campaign: true },
  });
  const held = { id: deliveryId, leaseHolder: lease.holder };
  const lost = (page: number) =>
    logger?.warn("webhook delivery taken over by another worker; this one stops", { deliveryId, page });
  /** Ends the delivery (its lease with it); false when another worker holds it now. */
  const finish = async (data: {
    status: "DELIVERED" | "FAILED";
    lastError: string | null;
    deliveredAt?: Date;
  }) =>
    (
      await prisma.webhookDelivery.updateMany({
        where: held,
        data: { ...data, leaseHolder: null, leaseExpiresAt: null },
      })
    ).count === 1;
  const fail = (lastError: string) => finish({ status: "FAILED", lastError });
  if (!found.campaign) return void (await fail("The campaign was deleted before its audience was sent."));
  if (!found.endpoint.active) return void (await fail("The endpoint was deactivated before delivery."));
  const { campaign, endpoint } = found;
  const delivery = await fixPages({
    prisma,
    delivery: found,
    campaignId: campaign.id,
    pageSize: policy.pageSize,
  });

  let afterCustomerId = delivery.resumeAfterCustomerId;
  for (let page = delivery.pagesDelivered + 1; page <= delivery.pageCount; page++) {
    const rows = await prisma.$queryRaw<SnapshotRow[]>`
      SELECT c."id" AS "customerId", c."externalId", c."email", c."name",
        ARRAY(SELECT s."name" FROM "SegmentMembership" m
              JOIN "CampaignSegment" cs ON cs."segmentId" = m."segmentId" AND cs."campaignId" = a."campaignId"
              JOIN "Segment" s ON s."id" = m."segmentId"
              WHERE m."customerId" = c."id" ORDER BY s."name") AS "segments"
      FROM "CampaignAudienceMember" a JOIN "Customer" c ON c."id" = a."customerId"
      WHERE a."campaignId" = ${campaign.id}::uuid AND a."sentAt" = ${delivery.createdAt} AND c."id" > ${afterCustomerId}
      ORDER BY c."id" LIMIT ${delivery.pageSize}`;
    const body = JSON.stringify({
      deliveryId,
      campaign: { id: campaign.id, name: campaign.name, channel: campaign.channel },
      page,
      pageCount: delivery.pageCount,
      totalCustomers: delivery.customerCount,
      customers: rows.map(({ externalId, email, name, segments }) => ({ externalId, email, name, segments })),
    });

    const lastCustomerId = rows.at(-1)?.customerId ?? afterCustomerId;
    for (let attempt = 1; ; attempt++) {
      // Checked right before each request: a worker whose lease lapsed (stalled longer than the lease)
      // and was taken over must not send a page the new holder sends too.
      if (!(await lease.renew())) return lost(page);
      const outcome = await postWebhookPage({
        url: endpoint.url,
        secret: endpoint.secret,
        deliveryId,
        body,
        page,
        pageCount: delivery.pageCount,
        timeoutMs: policy.timeoutMs,
        now: new Date(),
      });
      const recorded = await prisma.webhookDelivery.updateMany({
        where: held,
        data: {
          attempts: { increment: 1 },
          responseStatus: outcome.status,
          lastError: outcome.error,
          ...(outcome.ok ? { pagesDelivered: page, resumeAfterCustomerId: lastCustomerId } : {}),
        },
      });
      if (recorded.count === 0) return lost(page);
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
    afterCustomerId = lastCustomerId;
  }
  if (!(await finish({ status: "DELIVERED", deliveredAt: new Date(), lastError: null })))
    lost(delivery.pageCount);
}

/**
 * Splits the snapshot into pages the first time the delivery runs and keeps that split: a retry
 * continues the same pages even if the page size in the code has changed since.
 */
async function fixPages({
  prisma,
  delivery,
  campaignId,
  pageSize,
}: {
  prisma: PrismaClient;
  delivery: WebhookDelivery;
  campaignId: string;
  pageSize: number;
}): Promise<WebhookDelivery> {
  if (delivery.pageSize > 0) return delivery;
  const customerCount = await prisma.campaignAudienceMember.count({
    where: { campaignId, sentAt: delivery.createdAt },
  });
  return prisma.webhookDelivery.update({
    where: { id: delivery.id },
    data: { customerCount, pageSize, pageCount: Math.max(1, Math.ceil(customerCount / pageSize)) },
  });
}
