import type { PrismaClient } from "@seglens/database";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import { pageWindow } from "../../graphql/offset-cursor";
import type { SegmentMemberConnection } from "./segment.type";

/** Customers of a segment, closest to its centroid first (the most typical members lead). */
export async function listSegmentMembers({
  prisma,
  segmentId,
  first,
  after,
}: {
  prisma: PrismaClient;
  segmentId: string;
  first: number;
  after?: string | null;
}): Promise<SegmentMemberConnection> {
  return readOffsetConnection({
    window: pageWindow(first, after),
    readRows: ({ skip, take }) =>
      prisma.segmentMembership.findMany({
        where: { segmentId },
        orderBy: [{ distance: "asc" }, { customerId: "asc" }],
        skip,
        take,
        select: {
          customerId: true,
          distance: true,
          source: true,
          assignedAt: true,
          customer: { select: { externalId: true, name: true, email: true } },
        },
      }),
    countRows: () => prisma.segmentMembership.count({ where: { segmentId } }),
    toNode: (row) => ({
      customerId: row.customerId,
      externalId: row.customer.externalId,
      name: row.customer.name,
      email: row.customer.email,
      distance: row.distance,
      source: row.source,
      assignedAt: row.assignedAt,
    }),
  });
}
