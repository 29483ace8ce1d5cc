import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import type { JobQueue } from "../../jobs/job-queue";
import { recordAudit } from "../audit/record-audit";
import { audienceCondition, notSuppressedCondition } from "../campaigns/audience-filter";
import { findCampaignOrThrow } from "../campaigns/find-campaign";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint";
import { toWebhookDeliveryView } from "./to-webhook-view";
import type { WebhookDelivery } from "./webhook.type";

export const webhookDeliveryQueue = "webhook-delivery";
const snapshotTransactionOptions = { maxWait: 10_000, timeout: 5 * 60_000 };

/**
 * A lost worker is resumed by the lease sweep (requeue-lapsed-deliveries.ts) within about a lease; the
 * job's own retries and expiry are the slow second path, harmless because only a lease holder sends.
 */
export const webhookDeliveryJobOptions = { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 30 * 60 };

export interface WebhookDeliveryJob {
  deliveryId: string;
}

/**
 * Snapshots the campaign's audience into CampaignAudienceMember (one INSERT … SELECT, whatever its
 * size), creates a PENDING delivery reserved for one lease and queues the job that POSTs it. The
 * snapshot rows and the delivery carry the same transaction timestamp, which is how the worker finds
 * this delivery's customers. A SCHEDULED campaign becomes RUNNING: its audience is on its way.
 */
export async function sendCampaignToWebhook({
  prisma,
  jobs,
  viewer,
  campaignId,
  endpointId,
  leaseMs,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  jobs: JobQueue;
  viewer: Viewer;
  campaignId: string;
  endpointId: string;
  /** The webhook lease (DeliveryPolicy.leaseMs): how long the new delivery waits for its job before a sweep. */
  leaseMs: number;
  ipAddress?: string | null;
}): Promise<WebhookDelivery> {
  const delivery = await prisma.$transaction(async (tx) => {
    const campaign = await findCampaignOrThrow({ prisma: tx, id: campaignId });
    const endpoint = await findWebhookEndpointOrThrow({ prisma: tx, id: endpointId });
    if (!endpoint.active)
      throw new AppError("BAD_USER_INPUT", `Webhook endpoint "${endpoint.name}" is not active.`);
    // Lock the campaign so two sends of it cannot interleave their snapshots.
    await tx.$queryRaw`SELECT 1 FROM "Campaign" WHERE "id" = ${campaign.id}::uuid FOR UPDATE`;
    const current = await tx.campaign.findUniqueOrThrow({
      where: { id: campaign.id },
      select: { status: true },
    });
    if (current.status !== "SCHEDULED" && current.status !== "RUNNING") {
      throw new AppError(
        "BAD_USER_INPUT",
        `Only SCHEDULED or RUNNING campaigns can be sent; this one is ${current.status}.`,
      );
    }
    const pending = await tx.webhookDelivery.count({ where: { campaignId: campaign.id, status: "PENDING" } });
    if (pending > 0)
      throw new AppError(
        "CONFLICT",
        "This campaign is already being sent; wait for that delivery to finish.",
      );

    const segmentLinks = await tx.campaignSegment.findMany({
      where: { campaignId: campaign.id },
      select: { segmentId: true },
    });
    const notSuppressed = await notSuppressedCondition(tx);
    const audienceSize = await tx.$executeRaw`
      INSERT INTO "CampaignAudienceMember" ("campaignId", "customerId", "sentAt")
      SELECT ${campaign.id}::uuid, c."id", now() FROM "Customer" c
      WHERE ${audienceCondition(
        segmentLinks.map((link) => link.segmentId),
        notSuppressed,
      )}
      ON CONFLICT ("campaignId", "customerId") DO UPDATE SET "sentAt" = EXCLUDED."sentAt"`;
    if (audienceSize === 0)
      throw new AppError(
        "BAD_USER_INPUT",
        "The campaign's audience is empty (no consenting customers in its segments).",
      );

    // Created reserved for the job queued after the commit: no holder (the job's worker claims it at once)
    // and a lease that lapses, so if this process dies before the job is queued the lease sweep queues it
    // instead, and the delivery does not stay PENDING forever (blocking every later send of the campaign).
    // Inserted after the snapshot, on the statement's clock, not the transaction's: a snapshot that took
    // longer than a lease must not commit a reservation already lapsed, which a sweep would queue twice.
    const [created] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "WebhookDelivery"
        ("id", "endpointId", "campaignId", "status", "attempts", "customerCount", "createdAt", "leaseExpiresAt")
      VALUES (
        gen_random_uuid(), ${endpoint.id}::uuid, ${campaign.id}::uuid, 'PENDING', 0,
        ${audienceSize}::integer, now(),
        (clock_timestamp() AT TIME ZONE 'UTC') + ${leaseMs}::integer * interval '1 millisecond'
      )
      RETURNING "id"::text AS "id"`;

    if (current.status === "SCHEDULED") {
      await tx.campaign.update({ where: { id: campaign.id }, data: { status: "RUNNING" } });
      await recordAudit({
        prisma: tx,
        viewer,
        action: "campaign.changeStatus",
        entityType: "Campaign",
        entityId: campaign.id,
        details: { from: "SCHEDULED", to: "RUNNING" },
        ipAddress,
      });
    }
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.sendToWebhook",
      entityType: "Campaign",
      entityId: campaign.id,
      details: { endpointId: endpoint.id, deliveryId: created.id, audienceSize },
      ipAddress,
    });
    return tx.webhookDelivery.findUniqueOrThrow({ where: { id: created.id } });
    // A snapshot of hundreds of thousands of customers takes seconds: Prisma's default 5 s would abort it.
  }, snapshotTransactionOptions);

  try {
    // HTTP retries happen inside the job; a worker that dies mid-delivery is handled by its lease.
    await jobs.send<WebhookDeliveryJob>(
      webhookDeliveryQueue,
      { deliveryId: delivery.id },
      webhookDeliveryJobOptions,
    );
  } catch (error) {
    // Only while still unclaimed: a send that failed after pg-boss stored the job may have a worker on it.
    await prisma.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING", leaseHolder: null },
      data: { status: "FAILED", lastError: "The delivery could not be queued.", leaseExpiresAt: null },
    });
    throw error;
  }
  return toWebhookDeliveryView(delivery);
}
