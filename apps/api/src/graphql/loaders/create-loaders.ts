import type { PrismaClient } from "@seglens/database";
import DataLoader from "dataloader";
import type { CustomerSegment } from "../../modules/customers/customer.type";
import type { Order, OrderLine } from "../../modules/orders/order.type";
import { toOrderLineNode, toOrderNode } from "../../modules/orders/to-order-node";

/**
 * Per-request batch loaders: a page of customers with their orders, lines and segments costs one query
 * per relation, whatever the page size. Created per request so nothing is cached across viewers.
 */
export interface Loaders {
  ordersByCustomerId: DataLoader<number, Order[]>;
  orderLinesByOrderId: DataLoader<number, OrderLine[]>;
  currentSegmentByCustomerId: DataLoader<number, CustomerSegment | null>;
}

export function createLoaders({ prisma }: { prisma: PrismaClient }): Loaders {
  return {
    ordersByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await prisma.order.findMany({
        where: { customerId: { in: [...customerIds] } },
        orderBy: [{ orderedAt: "desc" }, { id: "desc" }],
      });
      return groupBy(customerIds, rows.map(toOrderNode), (order) => order.customerId);
    }),
    orderLinesByOrderId: new DataLoader(async (orderIds) => {
      const rows = await prisma.orderLine.findMany({
        where: { orderId: { in: [...orderIds] } },
        include: { product: { select: { name: true, category: true } } },
        orderBy: { id: "asc" },
      });
      return groupBy(orderIds, rows, (line) => line.orderId).map((lines) => lines.map(toOrderLineNode));
    }),
    currentSegmentByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await prisma.segmentMembership.findMany({
        where: { customerId: { in: [...customerIds] }, run: { isActive: true } },
        include: { segment: { select: { name: true, clusterIndex: true } } },
      });
      const byCustomer = new Map(
        rows.map((row): [number, CustomerSegment] => [
          row.customerId,
          {
            segmentId: row.segmentId,
            name: row.segment.name,
            runId: row.runId,
            clusterIndex: row.segment.clusterIndex,
            distance: row.distance,
            source: row.source,
            assignedAt: row.assignedAt,
          },
        ]),
      );
      return customerIds.map((id) => byCustomer.get(id) ?? null);
    }),
  };
}

function groupBy<K, T>(keys: readonly K[], items: T[], keyOf: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((key) => groups.get(key) ?? []);
}
