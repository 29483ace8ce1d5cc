import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { assertCustomerId } from "./assert-customer-id";
import type { ErasedCustomer } from "./privacy.type";
import { suppressionHash } from "./suppression-hash";

export interface EraseCustomerOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  customerId: number;
  ipAddress: string | null;
}

/**
 * Right to erasure: deletes the customer (the database cascades orders and lines, events, segment
 * memberships and campaign audiences) and records hashes of their email and external id so no later
 * import brings them back. All in one transaction, with an audit entry that holds no personal data.
 */
export async function eraseCustomer({
  prisma,
  viewer,
  customerId,
  ipAddress,
}: EraseCustomerOptions): Promise<ErasedCustomer> {
  assertCustomerId(customerId);
  return prisma.$transaction(async (transaction) => {
    const customer = await transaction.customer.findUnique({
      where: { id: customerId },
      select: {
        externalId: true,
        email: true,
        _count: { select: { orders: true, events: true, memberships: true, audiences: true } },
      },
    });
    if (!customer) throw new AppError("NOT_FOUND", `No customer with id ${customerId}.`);
    const entries = [
      { kind: "EXTERNAL_ID" as const, valueHash: suppressionHash("EXTERNAL_ID", customer.externalId) },
      ...(customer.email
        ? [{ kind: "EMAIL" as const, valueHash: suppressionHash("EMAIL", customer.email) }]
        : []),
    ];
    await transaction.suppressionEntry.createMany({ data: entries, skipDuplicates: true });
    await transaction.customer.delete({ where: { id: customerId } });
    const erased: ErasedCustomer = {
      customerId,
      ordersDeleted: customer._count.orders,
      eventsDeleted: customer._count.events,
      membershipsDeleted: customer._count.memberships,
      campaignAudiencesDeleted: customer._count.audiences,
      suppressionEntries: entries.length,
    };
    await recordAudit({
      prisma: transaction,
      viewer,
      action: "customer.erase",
      entityType: "Customer",
      entityId: customerId,
      details: { ...erased },
      ipAddress,
    });
    return erased;
  });
}
