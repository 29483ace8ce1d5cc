import type { Prisma, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import type { Logger } from "../../logging/logger";
import { recordAudit } from "../audit/record-audit";
import { assignSegmentAfterWrite } from "../customers/assign-segment-after-write";
import { eventDedupeKey } from "./event-dedupe-key";
import type { RecordEventInput } from "./event.input";
import type { CustomerEvent } from "./event.type";
import { toEventNode } from "./to-event-node";

export interface RecordEventOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  input: RecordEventInput;
  logger: Logger;
  ipAddress?: string | null;
}

/**
 * Stores an event once: the same customer, type, time and properties sent again returns the stored event.
 * A new event re-scores its customer with the active run's model after the commit.
 */
export async function recordEvent({
  prisma,
  viewer,
  input,
  logger,
  ipAddress = null,
}: RecordEventOptions): Promise<CustomerEvent> {
  const customerExternalId = input.customerExternalId.trim();
  const properties = input.properties ?? {};
  const dedupeKey = eventDedupeKey(customerExternalId, input.type, input.occurredAt, properties);
  const row = await prisma.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { externalId: customerExternalId },
      select: { id: true },
    });
    if (!customer) throw new AppError("NOT_FOUND", `Customer "${input.customerExternalId}" does not exist.`);
    const existing = await tx.event.findUnique({ where: { dedupeKey } });
    if (existing) return { event: existing, created: false };
    const event = await tx.event.create({
      data: {
        customerId: customer.id,
        type: input.type,
        occurredAt: input.occurredAt,
        properties: properties as Prisma.InputJsonObject,
        dedupeKey,
      },
    });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "event.record",
      entityType: "Event",
      entityId: event.id,
      details: { customerId: customer.id, type: input.type },
      ipAddress,
    });
    return { event, created: true };
  });
  if (row.created) await assignSegmentAfterWrite({ prisma, logger, customerIds: [row.event.customerId] });
  return toEventNode(row.event);
}
