import { Client } from "pg";
import { createTestDatabase, parseDatabaseUrl, type TestDatabase } from "@seglens/database";
import { DemoDataError } from "../errors";
import { seedDemoData } from "../seed-demo-data";
import { generateDemoShop } from "../shop/generate-demo-shop";
import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import { createDatabaseSink } from "./create-database-sink";

// CI runs this against the real PostgreSQL (DATABASE_URL) and without it against the embedded PGlite,
// which has no COPY FROM STDIN: there every method resolves to insert, and the expectations say so.
const serverUrl = process.env.DATABASE_URL;
const CUSTOMERS = 300;
const SEED = 33;
const BATCH = 100;

const shop = generateDemoShop({ customers: CUSTOMERS, seed: SEED });
const records = [...shop.customers()];
const linesOf = (record: DemoCustomerRecord) => record.orders.reduce((sum, o) => sum + o.lines.length, 0);
const expected = {
  products: shop.products.length,
  customers: CUSTOMERS,
  orders: records.reduce((sum, r) => sum + r.orders.length, 0),
  orderLines: records.reduce((sum, r) => sum + linesOf(r), 0),
  events: records.reduce((sum, r) => sum + r.events.length, 0),
};

// Every stored value that the seed decides, keyed by natural ids (surrogate ids and timestamps of the
// write itself left out), as one md5 per table: equal digests mean identical rows.
const DIGESTS = `
SELECT
  (SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', "externalId", email, name, gender,
     "birthDate", city, country, occupation, income, "signupDate", "marketingConsent", attributes::text, "orderCount",
     "totalSpent", "firstOrderAt", "lastOrderAt"), E'\\n' ORDER BY "externalId")) FROM "Customer") AS customers,
  (SELECT md5(string_agg(format('%s|%s|%s|%s|%s', o."externalId", c."externalId", o."orderedAt", o.total, o.currency),
     E'\\n' ORDER BY o."externalId")) FROM "Order" o JOIN "Customer" c ON c.id = o."customerId") AS orders,
  (SELECT md5(string_agg(format('%s|%s|%s|%s|%s', o."externalId", l.sku, p.sku, l.quantity, l."unitPrice"),
     E'\\n' ORDER BY o."externalId", l.sku)) FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
     LEFT JOIN "Product" p ON p.id = l."productId") AS "orderLines",
  (SELECT md5(string_agg(format('%s|%s|%s|%s|%s', c."externalId", e.type, e."occurredAt", e.properties::text, e."dedupeKey"),
     E'\\n' ORDER BY e."dedupeKey")) FROM "Event" e JOIN "Customer" c ON c.id = e."customerId") AS events,
  (SELECT count(*)::int FROM "Customer" WHERE "updatedAt" IS DISTINCT FROM "createdAt") AS "customersWithOtherUpdatedAt"`;

// The indexes and constraints of the seeded tables, as the catalogue prints them.
const SCHEMA = `
SELECT coalesce(string_agg(definition, E'\\n' ORDER BY definition), '') AS definition FROM (
  SELECT indexdef AS definition FROM pg_indexes WHERE tablename IN ('Customer', 'Order', 'OrderLine', 'Event')
  UNION ALL
  SELECT format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) FROM pg_constraint
  WHERE conrelid IN ('"Customer"'::regclass, '"Order"'::regclass, '"OrderLine"'::regclass, '"Event"'::regclass)) AS d`;

const TABLE_COUNTS = `
SELECT (SELECT count(*)::int FROM "Product") AS products, (SELECT count(*)::int FROM "Customer") AS customers,
       (SELECT count(*)::int FROM "Order") AS orders, (SELECT count(*)::int FROM "OrderLine") AS "orderLines",
       (SELECT count(*)::int FROM "Event") AS events`;

describe("database write methods", () => {
  const opened: { database: TestDatabase; sql: Client }[] = [];
  async function freshDatabase() {
    const database = await createTestDatabase(serverUrl);
    const sql = new Client(parseDatabaseUrl(database.databaseUrl));
    await sql.connect();
    opened.push({ database, sql });
    return { databaseUrl: database.databaseUrl, sql };
  }
  const one = async <T>(sql: Client, text: string): Promise<T> => (await sql.query(text)).rows[0] as T;

  afterAll(async () => {
    for (const { database, sql } of opened) {
      await sql.end().catch(() => undefined);
      await database.drop();
    }
  }, 120_000);

  let reference: { digests: unknown; schema: unknown; sql: Client };

  it("stores identical rows and exact counts with every method, and leaves the schema as it was", async () => {
    const methods = serverUrl ? (["insert", "bulk", "copy", "auto"] as const) : (["insert", "auto"] as const);
    const resolved = serverUrl ? ["insert", "bulk", "copy", "bulk"] : ["insert", "insert"];
    for (const [i, writeMethod] of methods.entries()) {
      const { databaseUrl, sql } = await freshDatabase();
      const schemaBefore = await one(sql, SCHEMA);
      const result = await seedDemoData({
        databaseUrl,
        customers: CUSTOMERS,
        seed: SEED,
        batchSize: BATCH,
        writeMethod,
      });
      expect(result.method).toBe(resolved[i]);
      expect(result.inserted).toEqual({ ...expected, skippedCustomers: 0 });
      expect(await one(sql, TABLE_COUNTS)).toEqual(expected);
      const digests = await one<Record<string, unknown>>(sql, DIGESTS);
      expect(digests.customersWithOtherUpdatedAt).toBe(0);
      expect(await one(sql, SCHEMA)).toEqual(schemaBefore);
      if (i === 0) reference = { digests, schema: schemaBefore, sql };
      else expect(digests).toEqual(reference.digests);
    }
  }, 300_000);

  it("after a failed batch keeps what was finished (bulk: nothing), and the same seed then completes", async () => {
    const { databaseUrl, sql } = await freshDatabase();
    const sink = await createDatabaseSink({ databaseUrl });
    const [first, second] = [...shop.batches(BATCH)];
    // The e-mail CHECK constraint rejects upper case: the second batch fails inside the database.
    const broken = second.map((record, i) =>
      i === 50
        ? { ...record, customer: { ...record.customer, email: "Not.Normalised@Example.com" } }
        : record,
    );
    await sink.writeProducts(shop.products);
    await sink.writeBatch(first);
    await expect(sink.writeBatch(broken)).rejects.toMatchObject({
      code: "DATABASE_ERROR",
      message: expect.stringContaining(`batch starting at customer ${second[0].customer.externalId}`),
    });
    await sink.close();

    const firstBatch = {
      products: shop.products.length,
      customers: BATCH,
      orders: first.reduce((sum, r) => sum + r.orders.length, 0),
      orderLines: first.reduce((sum, r) => sum + linesOf(r), 0),
      events: first.reduce((sum, r) => sum + r.events.length, 0),
    };
    const empty = { products: 0, customers: 0, orders: 0, orderLines: 0, events: 0 };
    expect(sink.method).toBe(serverUrl ? "bulk" : "insert");
    expect(await one(sql, TABLE_COUNTS)).toEqual(serverUrl ? empty : firstBatch);
    expect(await one(sql, SCHEMA)).toEqual(reference.schema);

    const result = await seedDemoData({ databaseUrl, customers: CUSTOMERS, seed: SEED, batchSize: BATCH });
    expect(result.method).toBe(serverUrl ? "bulk" : "insert");
    expect(result.inserted.skippedCustomers).toBe(serverUrl ? 0 : BATCH);
    expect(await one(sql, TABLE_COUNTS)).toEqual(expected);
    expect(await one(sql, DIGESTS)).toEqual(reference.digests);

    // A bulk load needs empty tables; the embedded database has no COPY at all.
    const impossible = serverUrl ? "bulk" : "copy";
    const attempt = seedDemoData({ databaseUrl, customers: CUSTOMERS, seed: SEED, writeMethod: impossible });
    await expect(attempt).rejects.toThrow(DemoDataError);
    await expect(
      seedDemoData({ databaseUrl, customers: CUSTOMERS, seed: SEED, writeMethod: impossible }),
    ).rejects.toMatchObject({
      code: "INVALID_OPTION",
      message: serverUrl
        ? expect.stringMatching(/^write method bulk needs empty/)
        : expect.stringMatching(/COPY FROM STDIN/),
    });
    // ... and refusing did not disturb the database.
    expect(await one(sql, TABLE_COUNTS)).toEqual(expected);
  }, 300_000);

  it("skips an order that already exists under another customer, with its lines, and writes the rest", async () => {
    const { databaseUrl, sql } = await freshDatabase();
    const taken = records.slice(2 * BATCH).find((record) => record.orders.length > 0) as DemoCustomerRecord;
    const order = taken.orders[0];
    await sql.query(`INSERT INTO "Customer" ("externalId", "updatedAt") VALUES ('OTHER-1', now())`);
    await sql.query(
      `INSERT INTO "Order" ("externalId", "customerId", "orderedAt", total, currency)
       SELECT $1, id, now(), 0, 'EUR' FROM "Customer" WHERE "externalId" = 'OTHER-1'`,
      [order.externalId],
    );
    // On a server the batch holding that customer starts with COPY, meets the unique violation and is
    // written again with INSERT … ON CONFLICT; on PGlite it is INSERT from the start.
    const result = await seedDemoData({
      databaseUrl,
      customers: CUSTOMERS,
      seed: SEED,
      batchSize: BATCH,
      writeMethod: serverUrl ? "copy" : "auto",
    });
    expect(result.method).toBe(serverUrl ? "copy" : "insert");
    const skipped = { orders: 1, orderLines: order.lines.length };
    expect(result.inserted).toEqual({
      ...expected,
      orders: expected.orders - skipped.orders,
      orderLines: expected.orderLines - skipped.orderLines,
      skippedCustomers: 0,
    });
    expect(await one(sql, TABLE_COUNTS)).toEqual({
      ...expected,
      customers: expected.customers + 1,
      orderLines: expected.orderLines - skipped.orderLines,
    });
    const { rows } = await sql.query(
      `SELECT c."externalId" FROM "Order" o JOIN "Customer" c ON c.id = o."customerId" WHERE o."externalId" = $1`,
      [order.externalId],
    );
    expect(rows).toEqual([{ externalId: "OTHER-1" }]);
  }, 300_000);
});
