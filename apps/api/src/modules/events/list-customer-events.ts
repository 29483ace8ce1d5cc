import type { PrismaClient } from "@seglens/database";
import type { CustomerEventConnection } from "../customers/customer.type";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
import { toEventNode } from "./to-event-node";

export interface ListCustomerEventsOptions {
  prisma: PrismaClient;
  customerId: number;
  first: number;
  after?: string | null;
}

/** A page of one customer's events, newest first. */
export async function listCustomerEvents({
  prisma,
  customerId,
  first,
  after,
}: ListCustomerEventsOptions): Promise<CustomerEventConnection> {
  const window = pageWindow(first, after);
  const [totalCount, rows] = await Promise.all([
    prisma.event.count({ where: { customerId } }),
    prisma.event.findMany({
      where: { customerId },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: window.skip,
      take: window.take + 1,
    }),
  ]);
  const page = toConnectionPage(rows.map(toEventNode), window);
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount,
  };
}
