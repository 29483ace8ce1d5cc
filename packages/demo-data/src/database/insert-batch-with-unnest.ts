import type { ClientBase } from "pg";
import { formatCents } from "../csv/format-csv";
import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import { emptyWriteCounts, type DatabaseWriteCounts } from "./database-write-counts";
import { eventDedupeKeyOf } from "./event-dedupe-key";
import { INSERT_CUSTOMERS, INSERT_EVENTS, INSERT_ORDER_LINES, INSERT_ORDERS } from "./insert-statements";

const iso = (ms: number) => new Date(ms).toISOString();

export interface InsertBatchOptions {
  client: ClientBase;
  batch: readonly DemoCustomerRecord[];
  productIds: ReadonlyMap<string, number>;
}

/**
 * Inserts one batch with one `INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING` per table,
 * inside the caller's transaction. Every row is checked against what is already there, so this path
 * is right for any database state (a resumed or repeated seed) and for servers without COPY FROM STDIN
 * (the embedded PGlite).
 */
export async function insertBatchWithUnnest({
  client,
  batch,
  productIds,
}: InsertBatchOptions): Promise<DatabaseWriteCounts> {
  const added = emptyWriteCounts();
  const customers = batch.map((record) => record.customer);
  const inserted = await client.query<{ id: number; externalId: string }>(INSERT_CUSTOMERS, [
    customers.map((c) => c.externalId),
    customers.map((c) => c.email),
    customers.map((c) => c.name),
    customers.map((c) => c.gender),
    customers.map((c) => c.birthDate),
    customers.map((c) => c.city),
    customers.map((c) => c.country),
    customers.map((c) => c.occupation),
    customers.map((c) => (c.income === null ? null : String(c.income))),
    customers.map((c) => `${c.signupDate}T00:00:00.000Z`),
    customers.map((c) => c.marketingConsent),
    customers.map((c) => JSON.stringify(c.attributes)),
    customers.map((c) => c.orderCount),
    customers.map((c) => formatCents(c.totalSpentCents)),
    customers.map((c) => (c.firstOrderAt === null ? null : iso(c.firstOrderAt))),
    customers.map((c) => (c.lastOrderAt === null ? null : iso(c.lastOrderAt))),
  ]);
  const customerIds = new Map(inserted.rows.map((row) => [row.externalId, row.id]));
  added.customers = customerIds.size;
  added.skippedCustomers = batch.length - customerIds.size;
  const fresh = batch.filter((record) => customerIds.has(record.customer.externalId));
  if (fresh.length === 0) return added;

  const order = {
    externalId: [] as string[],
    customerId: [] as number[],
    orderedAt: [] as string[],
    total: [] as string[],
    currency: [] as string[],
  };
  const event = {
    customerId: [] as number[],
    type: [] as string[],
    occurredAt: [] as string[],
    properties: [] as string[],
    key: [] as string[],
  };
  for (const record of fresh) {
    const customerId = customerIds.get(record.customer.externalId) as number;
    for (const o of record.orders) {
      order.externalId.push(o.externalId);
      order.customerId.push(customerId);
      order.orderedAt.push(iso(o.orderedAt));
      order.total.push(formatCents(o.totalCents));
      order.currency.push(o.currency);
    }
    for (const e of record.events) {
      const type = e.type.toUpperCase();
      const occurredAtIso = iso(e.occurredAt);
      const properties = JSON.stringify(e.properties);
      event.customerId.push(customerId);
      event.type.push(type);
      event.occurredAt.push(occurredAtIso);
      event.properties.push(properties);
      event.key.push(eventDedupeKeyOf(record.customer.externalId, type, occurredAtIso, properties));
    }
  }

  const insertedOrders = await client.query<{ id: number; externalId: string }>(INSERT_ORDERS, [
    order.externalId,
    order.customerId,
    order.orderedAt,
    order.total,
    order.currency,
  ]);
  added.orders = insertedOrders.rowCount ?? 0;
  const orderIds = new Map(insertedOrders.rows.map((row) => [row.externalId, row.id]));
  const line = {
    orderId: [] as number[],
    productId: [] as (number | null)[],
    sku: [] as string[],
    quantity: [] as number[],
    unitPrice: [] as string[],
  };
  for (const record of fresh) {
    for (const o of record.orders) {
      const orderId = orderIds.get(o.externalId);
      if (orderId === undefined) continue;
      for (const l of o.lines) {
        line.orderId.push(orderId);
        line.productId.push(productIds.get(l.sku) ?? null);
        line.sku.push(l.sku);
        line.quantity.push(l.quantity);
        line.unitPrice.push(formatCents(l.unitPriceCents));
      }
    }
  }
  const insertedLines = await client.query(INSERT_ORDER_LINES, [
    line.orderId,
    line.productId,
    line.sku,
    line.quantity,
    line.unitPrice,
  ]);
  added.orderLines = insertedLines.rowCount ?? 0;
  const insertedEvents = await client.query(INSERT_EVENTS, [
    event.customerId,
    event.type,
    event.occurredAt,
    event.properties,
    event.key,
  ]);
  added.events = insertedEvents.rowCount ?? 0;
  return added;
}
