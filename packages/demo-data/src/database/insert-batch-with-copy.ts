import { formatCents } from "../csv/format-csv";
import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import { copyRows } from "./copy-rows";
import { copyTextLine } from "./copy-text";
import { emptyWriteCounts, type DatabaseWriteCounts } from "./database-write-counts";
import { eventDedupeKeyOf } from "./event-dedupe-key";
import type { InsertBatchOptions } from "./insert-batch-with-unnest";

const iso = (ms: number) => new Date(ms).toISOString();

// Ids come from the tables' own sequences, so rows written by anyone else never collide with them, and
// the children can be written with their parents' ids without a RETURNING round trip per table.
// The transaction time is read as the column type prints it, so updatedAt matches the INSERT path.
const RESERVE_IDS = `
SELECT (SELECT array_agg(id ORDER BY id) FROM (SELECT nextval(pg_get_serial_sequence('"Customer"', 'id'))::int AS id
          FROM generate_series(1, $1::int)) AS c) AS "customerIds",
       (SELECT array_agg(id ORDER BY id) FROM (SELECT nextval(pg_get_serial_sequence('"Order"', 'id'))::int AS id
          FROM generate_series(1, $2::int)) AS o) AS "orderIds",
       now()::timestamp(3)::text AS now`;

function* customerLines(batch: readonly DemoCustomerRecord[], ids: readonly number[], now: string) {
  for (let i = 0; i < batch.length; i++) {
    const c = batch[i].customer;
    yield copyTextLine([
      ids[i],
      c.externalId,
      c.email,
      c.name,
      c.gender,
      c.birthDate,
      c.city,
      c.country,
      c.occupation,
      c.income === null ? null : String(c.income),
      `${c.signupDate}T00:00:00.000Z`,
      c.marketingConsent,
      JSON.stringify(c.attributes),
      c.orderCount,
      formatCents(c.totalSpentCents),
      c.firstOrderAt === null ? null : iso(c.firstOrderAt),
      c.lastOrderAt === null ? null : iso(c.lastOrderAt),
      now,
    ]);
  }
}

function* orderLines(
  batch: readonly DemoCustomerRecord[],
  customerIds: readonly number[],
  orderIds: readonly number[],
) {
  let next = 0;
  for (let i = 0; i < batch.length; i++) {
    for (const o of batch[i].orders) {
      yield copyTextLine([
        orderIds[next++],
        o.externalId,
        customerIds[i],
        iso(o.orderedAt),
        formatCents(o.totalCents),
        o.currency,
      ]);
    }
  }
}

function* orderLineLines(
  batch: readonly DemoCustomerRecord[],
  orderIds: readonly number[],
  productIds: ReadonlyMap<string, number>,
) {
  let next = 0;
  for (const record of batch) {
    for (const o of record.orders) {
      const orderId = orderIds[next++];
      for (const l of o.lines) {
        yield copyTextLine([
          orderId,
          productIds.get(l.sku) ?? null,
          l.sku,
          l.quantity,
          formatCents(l.unitPriceCents),
        ]);
      }
    }
  }
}

function* eventLines(batch: readonly DemoCustomerRecord[], customerIds: readonly number[]) {
  for (let i = 0; i < batch.length; i++) {
    const externalId = batch[i].customer.externalId;
    for (const e of batch[i].events) {
      const type = e.type.toUpperCase();
      const occurredAtIso = iso(e.occurredAt);
      const properties = JSON.stringify(e.properties);
      yield copyTextLine([
        customerIds[i],
        type,
        occurredAtIso,
        properties,
        eventDedupeKeyOf(externalId, type, occurredAtIso, properties),
      ]);
    }
  }
}

/**
 * Writes one batch of customers that are not in the database yet with COPY FROM STDIN straight into
 * the tables, inside the caller's transaction: no conflict handling, no RETURNING, no parameter arrays.
 * The values are the same text the INSERT path sends, so the stored rows are identical. A row that
 * exists after all (someone else wrote it) fails the batch with a unique violation (23505), which the
 * caller answers by taking the INSERT path for that batch.
 */
export async function insertBatchWithCopy({
  client,
  batch,
  productIds,
}: InsertBatchOptions): Promise<DatabaseWriteCounts> {
  const added = emptyWriteCounts();
  if (batch.length === 0) return added;
  const orderCount = batch.reduce((sum, record) => sum + record.orders.length, 0);
  const reserved = await client.query<{ customerIds: number[]; orderIds: number[] | null; now: string }>(
    RESERVE_IDS,
    [batch.length, orderCount],
  );
  const { customerIds, now } = reserved.rows[0];
  const orderIds = reserved.rows[0].orderIds ?? [];

  added.customers = await copyRows(
    client,
    `"Customer" (id, "externalId", email, name, gender, "birthDate", city, country, occupation, income, "signupDate",
      "marketingConsent", attributes, "orderCount", "totalSpent", "firstOrderAt", "lastOrderAt", "updatedAt")`,
    customerLines(batch, customerIds, now),
  );
  if (orderCount > 0) {
    added.orders = await copyRows(
      client,
      `"Order" (id, "externalId", "customerId", "orderedAt", total, currency)`,
      orderLines(batch, customerIds, orderIds),
    );
    added.orderLines = await copyRows(
      client,
      `"OrderLine" ("orderId", "productId", sku, quantity, "unitPrice")`,
      orderLineLines(batch, orderIds, productIds),
    );
  }
  added.events = await copyRows(
    client,
    `"Event" ("customerId", type, "occurredAt", properties, "dedupeKey")`,
    eventLines(batch, customerIds),
  );
  return added;
}
