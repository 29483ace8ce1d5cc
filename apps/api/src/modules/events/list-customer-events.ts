import type { PrismaClient } from "@seglens/database";
import { pageWindow } from "../../graphql/offset-cursor";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
import type { CustomerEventConnection } from "../customers/customer.type";
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
  const where = { customerId };
  return readOffsetConnection({
    window,
    readRows: ({ skip, take }) =>
      prisma.event.findMany({ where, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], skip, take }),
    countRows: () => prisma.event.count({ where }),
    toNode: toEventNode,
  });
}
