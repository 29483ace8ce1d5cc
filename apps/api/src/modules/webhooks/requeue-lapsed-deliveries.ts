import type { PrismaClient } from "@seglens/database";
import type { JobQueue } from "../../jobs/job-queue";
import { databaseNowUtc } from "./claim-delivery-lease";
import {
  webhookDeliveryJobOptions,
  webhookDeliveryQueue,
  type WebhookDeliveryJob,
} from "./send-campaign-to-webhook";

/**
 * The sweep behind webhook leases: queues again every PENDING delivery whose lease lapsed (its worker was
 * killed, lost the database, or stopped on an error), so another process continues it within about a lease
 * instead of when pg-boss expires the dead job (30 min). Each lapsed delivery is reserved for one lease with
 * no holder before it is queued: sweeps running at once in several processes queue it once, and a sweep
 * that dies before queueing leaves a reservation that lapses and is swept again. Returns the ids queued.
 */
export async function requeueLapsedDeliveries({
  prisma,
  jobs,
  leaseMs,
}: {
  prisma: PrismaClient;
  jobs: JobQueue;
  leaseMs: number;
}): Promise<string[]> {
  const lapsed = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery"
    SET "leaseHolder" = NULL, "leaseExpiresAt" = ${databaseNowUtc} + ${leaseMs}::integer * interval '1 millisecond'
    WHERE "status" = 'PENDING' AND "leaseExpiresAt" < ${databaseNowUtc}
    RETURNING "id"::text AS "id"`;
  for (const { id } of lapsed) {
    await jobs.send<WebhookDeliveryJob>(webhookDeliveryQueue, { deliveryId: id }, webhookDeliveryJobOptions);
  }
  return lapsed.map(({ id }) => id);
}
