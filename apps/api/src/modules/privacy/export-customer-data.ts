import { Prisma, type PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { assertCustomerId } from "./assert-customer-id";

export interface ExportCustomerDataOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  customerId: number;
  ipAddress: string | null;
  now?: Date;
}

/**
 * Everything held about one customer (a data-subject access request): profile, orders with lines,
 * events, segment memberships and campaigns they were sent. Money as numbers, times as ISO strings.
 */
export async function exportCustomerData({
  prisma,
  viewer,
  customerId,
  ipAddress,
  now = new Date(),
}: ExportCustomerDataOptions): Promise<Record<string, unknown>> {
  assertCustomerId(customerId);
  const customer = await prisma.customer.findUnique({
    where: { id: customerId },
    include: {
      orders: { orderBy: { orderedAt: "asc" }, include: { lines: { orderBy: { id: "asc" } } } },
      events: { orderBy: { occurredAt: "asc" } },
      memberships: {
        // A run still writing its memberships is not a result yet (see saveRunResult).
        where: { run: { status: "SUCCEEDED" } },
        orderBy: { assignedAt: "asc" },
        include: { segment: { select: { name: true } }, run: { select: { name: true, isActive: true } } },
      },
      audiences: {
        orderBy: { sentAt: "asc" },
        include: { campaign: { select: { name: true, channel: true } } },
      },
    },
  });
  if (!customer) throw new AppError("NOT_FOUND", `No customer with id ${customerId}.`);
  const { orders, events, memberships, audiences, ...profile } = customer;
  await recordAudit({
    prisma,
    viewer,
    action: "customer.exportData",
    entityType: "Customer",
    entityId: customerId,
    ipAddress,
  });
  return toPlainJson({
    exportedAt: now,
    customer: profile,
    orders,
    events,
    segmentMemberships: memberships.map(({ segment, run, ...membership }) => ({
      ...membership,
      segmentName: segment.name,
      runName: run.name,
      activeRun: run.isActive,
    })),
    campaignAudiences: audiences.map(({ campaign, ...audience }) => ({
      ...audience,
      campaignName: campaign.name,
      channel: campaign.channel,
    })),
  }) as Record<string, unknown>;
}

/** Decimals become numbers and dates ISO strings, so the export is plain JSON a person can read. */
function toPlainJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (typeof value === "object") {
    if (value instanceof Prisma.Decimal) return value.toNumber();
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlainJson(inner)]));
  }
  return value;
}
