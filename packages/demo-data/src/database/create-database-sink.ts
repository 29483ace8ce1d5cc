import { Client } from "pg";
import { parseDatabaseUrl } from "@seglens/database";
import { formatCents } from "../csv/format-csv";
import { DemoDataError } from "../errors";
import type { DemoShopCounts, DemoShopSink } from "../output/demo-shop-sink";
import { emptyCounts } from "../output/demo-shop-sink";
import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import { eventDedupeKey } from "./event-dedupe-key";
import {
  INSERT_CUSTOMERS,
  INSERT_EVENTS,
  INSERT_ORDER_LINES,
  INSERT_ORDERS,
  INSERT_PRODUCTS,
  SELECT_PRODUCT_IDS,
} from "./insert-statements";

/** What a seed actually inserted; customers already present are skipped with all their orders and events. */
export interface DatabaseWriteCounts extends DemoShopCounts {
  skippedCustomers: number;
}

export interface DatabaseSink extends DemoShopSink {
  inserted(): DatabaseWriteCounts;
}

const iso = (ms: number) => new Date(ms).toISOString();

function databaseError(action: string, error: unknown): DemoDataError {
  const message = error instanceof Error ? error.message : String(error);
  return new DemoDataError("DATABASE_ERROR", `could not ${action}: ${message}`);
}

/**
 * Writes the shop through one connection, one transaction per batch: a batch lands completely or
 * not at all, so an interrupted seed can simply be run again.
 */
export async function createDatabaseSink({ databaseUrl }: { databaseUrl: string }): Promise<DatabaseSink> {
  const client = new Client(parseDatabaseUrl(databaseUrl));
  try {
    await client.connect();
  } catch (error) {
    throw databaseError("connect to the database", error);
  }
  // A connection error between queries must not crash the process; the next query reports it.
  client.on("error", () => undefined);
  const counts: DatabaseWriteCounts = { ...emptyCounts(), skippedCustomers: 0 };
  const productIds = new Map<string, number>();

  /** Inserts one batch and returns what it added; the caller commits. */
  async function insertBatch(batch: readonly DemoCustomerRecord[]): Promise<DatabaseWriteCounts> {
    const added: DatabaseWriteCounts = { ...emptyCounts(), skippedCustomers: 0 };
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
        event.key.push(
          eventDedupeKey({
            customerExternalId: record.customer.externalId,
            type,
            occurredAtIso,
            properties: e.properties,
          }),
        );
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

  return {
    async writeProducts(products) {
      try {
        const result = await client.query(INSERT_PRODUCTS, [
          products.map((p) => p.sku),
          products.map((p) => p.name),
          products.map((p) => p.category),
          products.map((p) => formatCents(p.priceCents)),
        ]);
        counts.products += result.rowCount ?? 0;
        const ids = await client.query<{ id: number; sku: string }>(SELECT_PRODUCT_IDS, [
          products.map((p) => p.sku),
        ]);
        for (const row of ids.rows) productIds.set(row.sku, row.id);
      } catch (error) {
        throw databaseError("insert the products", error);
      }
    },
    async writeBatch(batch) {
      try {
        await client.query("BEGIN");
        const added = await insertBatch(batch);
        await client.query("COMMIT");
        counts.customers += added.customers;
        counts.skippedCustomers += added.skippedCustomers;
        counts.orders += added.orders;
        counts.orderLines += added.orderLines;
        counts.events += added.events;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        const first = batch[0]?.customer.externalId;
        throw databaseError(`insert the batch starting at customer ${first}`, error);
      }
    },
    async close() {
      await client.end();
    },
    inserted: () => ({ ...counts }),
  };
}
