import type { Prisma, PrismaClient } from "@seglens/database";

/**
 * Sets orderCount, totalSpent, firstOrderAt and lastOrderAt of the customers from their orders. Run in the
 * transaction that changed the orders, so the denormalised totals are never seen out of date.
 */
export async function recomputeCustomerTotals({
  db,
  customerIds,
}: {
  db: PrismaClient | Prisma.TransactionClient;
  customerIds: readonly number[];
}): Promise<void> {
  if (customerIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Customer" AS c
    SET "orderCount" = coalesce(s.order_count, 0),
        "totalSpent" = coalesce(s.total_spent, 0),
        "firstOrderAt" = s.first_order_at,
        "lastOrderAt" = s.last_order_at,
        "updatedAt" = now()
    FROM unnest(${[...customerIds]}::int[]) AS ids(id)
    LEFT JOIN (
      SELECT "customerId", count(*)::int AS order_count, sum("total") AS total_spent,
             min("orderedAt") AS first_order_at, max("orderedAt") AS last_order_at
      FROM "Order" WHERE "customerId" = ANY(${[...customerIds]}::int[]) GROUP BY "customerId"
    ) AS s ON s."customerId" = ids.id
    WHERE c.id = ids.id
      AND (c."orderCount", c."totalSpent", c."firstOrderAt", c."lastOrderAt")
          IS DISTINCT FROM (coalesce(s.order_count, 0), coalesce(s.total_spent, 0), s.first_order_at, s.last_order_at)`;
}
