import type { Order as OrderRow, OrderLine as OrderLineRow } from "@seglens/database";
import type { Order, OrderLine } from "./order.type";

export function toOrderNode(row: OrderRow): Order {
  return {
    id: row.id,
    externalId: row.externalId,
    customerId: row.customerId,
    orderedAt: row.orderedAt,
    total: row.total.toNumber(),
    currency: row.currency,
  };
}

export function toOrderLineNode(
  row: OrderLineRow & { product: { name: string; category: string } | null },
): OrderLine {
  const unitPrice = row.unitPrice.toNumber();
  return {
    id: row.id,
    sku: row.sku,
    productName: row.product?.name ?? null,
    category: row.product?.category ?? null,
    quantity: row.quantity,
    unitPrice,
    lineTotal: row.unitPrice.mul(row.quantity).toNumber(),
  };
}
