import type { PrismaClient } from "@seglens/database";
import type { OrderRecord } from "@seglens/segmentation";

/** Association rules need baskets, not every order ever: the latest orders are enough and bound memory. */
export const maxBasketOrders = 200_000;

/**
 * The latest orders that have lines, each as the set of its product categories (the SKU when the
 * product is unknown), shaped as the engine's OrderRecord for basket mining only (no totals, no dates).
 */
export async function readOrderBaskets({
  prisma,
  limit = maxBasketOrders,
}: {
  prisma: Pick<PrismaClient, "$queryRaw">;
  limit?: number;
}): Promise<OrderRecord[]> {
  const rows = await prisma.$queryRaw<Array<{ customerId: number; items: string[] }>>`
    select o."customerId" as "customerId", array_agg(distinct coalesce(p.category, l.sku)) as items
    from (select id, "customerId" from "Order" order by "orderedAt" desc, id desc limit ${limit}) o
    join "OrderLine" l on l."orderId" = o.id
    left join "Product" p on p.id = l."productId"
    group by o.id, o."customerId"`;
  return rows.map((row) => ({
    customerId: Number(row.customerId),
    orderedAt: 0,
    total: 0,
    lines: row.items.map((item) => ({ sku: item, category: item, quantity: 1, unitPrice: 0 })),
  }));
}
