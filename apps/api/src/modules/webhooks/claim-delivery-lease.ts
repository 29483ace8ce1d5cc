import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { Prisma, type PrismaClient } from "@seglens/database";
import type { Logger } from "../../logging/logger";

/** The database's clock as UTC, the way Prisma stores DateTime columns (timestamp without time zone). */
export const databaseNowUtc: Prisma.Sql = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * A worker's claim on one PENDING delivery. Only the holder sends; it renews the lease on a timer while
 * it works and right before each request. A process killed mid-delivery stops renewing, the lease lapses,
 * and requeueLapsedDeliveries hands the delivery to another worker, which continues after the last
 * accepted page. The old worker's pg-boss job, if it ever runs again, finds the lease taken and sends
 * nothing.
 */
export interface DeliveryLease {
  /** "host:pid:random", readable in the row, so an operator can see which process is sending. */
  holder: string;
  /** Extends the lease; false once the delivery is no longer this worker's (taken over, or finished). */
  renew(): Promise<boolean>;
  /** Lets another worker take the delivery at once (this one stopped on an error, not on a crash). */
  release(): Promise<void>;
  /** Stops the heartbeat; the lease itself stays until it lapses, is released, or the delivery ends. */
  stopHeartbeat(): void;
}

/**
 * Takes the delivery if no one else holds a live lease on it, or returns null. The database clock decides
 * when a lease lapses, so processes on hosts with different clocks agree.
 */
export async function claimDeliveryLease({
  prisma,
  deliveryId,
  leaseMs,
  logger,
}: {
  prisma: PrismaClient;
  deliveryId: string;
  leaseMs: number;
  logger?: Logger;
}): Promise<DeliveryLease | null> {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const claimed = await prisma.$executeRaw`
    UPDATE "WebhookDelivery"
    SET "leaseHolder" = ${holder}, "leaseExpiresAt" = ${databaseNowUtc} + ${leaseMs}::integer * interval '1 millisecond'
    WHERE "id" = ${deliveryId}::uuid AND "status" = 'PENDING'
      AND ("leaseHolder" IS NULL OR "leaseExpiresAt" < ${databaseNowUtc})`;
  if (claimed === 0) return null;

  const renew = async () =>
    (await prisma.$executeRaw`
      UPDATE "WebhookDelivery" SET "leaseExpiresAt" = ${databaseNowUtc} + ${leaseMs}::integer * interval '1 millisecond'
      WHERE "id" = ${deliveryId}::uuid AND "leaseHolder" = ${holder} AND "status" = 'PENDING'`) === 1;
  // Several renewals per lease, so one slow or failed renewal does not let the lease lapse.
  const heartbeat = setInterval(() => {
    renew().then(
      (held) => {
        if (!held) clearInterval(heartbeat);
      },
      (error: unknown) =>
        logger?.warn("webhook delivery lease not renewed", {
          deliveryId,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  }, leaseMs / 6);
  heartbeat.unref();

  return {
    holder,
    renew,
    async release() {
      // Lapsed now but still named: the sweep sees it as abandoned and queues it again.
      await prisma.$executeRaw`
        UPDATE "WebhookDelivery" SET "leaseExpiresAt" = ${databaseNowUtc} - interval '1 millisecond'
        WHERE "id" = ${deliveryId}::uuid AND "leaseHolder" = ${holder}`;
    },
    stopHeartbeat: () => clearInterval(heartbeat),
  };
}
