import type { PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
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
  const window = pageWindow(first, after);
  const [rows, totalCount] = await Promise.all([
    prisma.segmentMembership.findMany({
      where: { segmentId },
      orderBy: [{ distance: "asc" }, { customerId: "asc" }],
      skip: window.skip,
      take: window.take + 1,
      select: {
        customerId: true,
        distance: true,
        source: true,
        assignedAt: true,
        customer: { select: { externalId: true, name: true, email: true } },
      },
    }),
    prisma.segmentMembership.count({ where: { segmentId } }),
  ]);
  const page = toConnectionPage(rows, window);
  return {
    totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    edges: page.nodes.map((row, index) => ({
      cursor: page.cursors[index],
      node: {
        customerId: row.customerId,
        externalId: row.customer.externalId,
        name: row.customer.name,
        email: row.customer.email,
        distance: row.distance,
        source: row.source,
        assignedAt: row.assignedAt,
      },
    })),
  };
}
