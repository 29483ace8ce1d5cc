import { Client } from "pg";
import { createTestDatabase, parseDatabaseUrl, type TestDatabase } from "@seglens/database";
import { DemoDataError } from "../errors";
import { seedDemoData } from "../seed-demo-data";
import { generateDemoShop } from "../shop/generate-demo-shop";
import { eventDedupeKey } from "./event-dedupe-key";

// CI sets DATABASE_URL to the real PostgreSQL; without it an in-memory embedded PGlite is used.
const serverUrl = process.env.DATABASE_URL;
const CUSTOMERS = 400;

describe("seedDemoData", () => {
  let database: TestDatabase;
  let sql: Client;
  const shop = generateDemoShop({ customers: CUSTOMERS, seed: 21 });
  const records = [...shop.customers()];
  const expected = {
    products: shop.products.length,
    customers: CUSTOMERS,
    orders: records.reduce((sum, r) => sum + r.orders.length, 0),
    orderLines: records.reduce((sum, r) => sum + r.orders.reduce((s, o) => s + o.lines.length, 0), 0),
    events: records.reduce((sum, r) => sum + r.events.length, 0),
  };
  const tableCounts = async () => {
    const { rows } = await sql.query<Record<keyof typeof expected, string>>(`
      select (select count(*) from "Product") as products, (select count(*) from "Customer") as customers,
             (select count(*) from "Order") as orders, (select count(*) from "OrderLine") as "orderLines",
             (select count(*) from "Event") as events`);
    return Object.fromEntries(Object.entries(rows[0]).map(([key, value]) => [key, Number(value)]));
  };

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    sql = new Client(parseDatabaseUrl(database.databaseUrl));
    await sql.connect();
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  it("resumes a partial seed: a smaller seed first, then the full one adds only the rest", async () => {
    const partial = await seedDemoData({
      databaseUrl: database.databaseUrl,
      customers: 250,
      seed: 21,
      batchSize: 100,
    });
    expect(partial.inserted.customers).toBe(250);
    const full = await seedDemoData({
      databaseUrl: database.databaseUrl,
      customers: CUSTOMERS,
      seed: 21,
      batchSize: 100,
    });
    expect(full.generated).toEqual(expected);
    expect(full.inserted.customers).toBe(CUSTOMERS - 250);
    expect(full.inserted.skippedCustomers).toBe(250);
    expect(full.inserted.products).toBe(0);
    expect(await tableCounts()).toEqual(expected);
  });

  it("is idempotent: seeding again inserts nothing", async () => {
    const again = await seedDemoData({ databaseUrl: database.databaseUrl, customers: CUSTOMERS, seed: 21 });
    expect(again.inserted).toEqual({
      products: 0,
      customers: 0,
      orders: 0,
      orderLines: 0,
      events: 0,
      skippedCustomers: CUSTOMERS,
    });
    expect(await tableCounts()).toEqual(expected);
  });

  it("keeps the denormalised customer totals consistent with the orders", async () => {
    const { rows: badCustomers } = await sql.query(`
      select c."externalId" from "Customer" c left join "Order" o on o."customerId" = c.id
      group by c.id
      having c."orderCount" <> count(o.id) or c."totalSpent" <> coalesce(sum(o.total), 0)
          or c."firstOrderAt" is distinct from min(o."orderedAt") or c."lastOrderAt" is distinct from max(o."orderedAt")`);
    expect(badCustomers).toEqual([]);
    const { rows: badOrders } = await sql.query(`
      select o."externalId" from "Order" o join "OrderLine" l on l."orderId" = o.id
      group by o.id having o.total <> sum(l.quantity * l."unitPrice")`);
    expect(badOrders).toEqual([]);
    const { rows: unlinked } = await sql.query(
      `select count(*)::int as n from "OrderLine" where "productId" is null`,
    );
    expect(unlinked[0].n).toBe(0);
  });

  it("stores the generated values, with the documented event dedupe key", async () => {
    const sample = records[17];
    const { rows } = await sql.query(
      `select email, name, gender, to_char("birthDate", 'YYYY-MM-DD') as "birthDate", city, country, occupation,
              income::text, to_char("signupDate", 'YYYY-MM-DD') as "signupDate", "marketingConsent", attributes,
              "totalSpent"::text, "orderCount"
       from "Customer" where "externalId" = $1`,
      [sample.customer.externalId],
    );
    const c = sample.customer;
    expect(rows[0]).toEqual({
      email: c.email,
      name: c.name,
      gender: c.gender,
      birthDate: c.birthDate,
      city: c.city,
      country: c.country,
      occupation: c.occupation,
      income: c.income === null ? null : `${c.income}.00`,
      signupDate: c.signupDate,
      marketingConsent: c.marketingConsent,
      attributes: c.attributes,
      totalSpent: (c.totalSpentCents / 100).toFixed(2),
      orderCount: c.orderCount,
    });

    const withEvents = records.find((r) => r.events.length >= 3) ?? records[0];
    const { rows: events } = await sql.query<{ type: string; at: string; key: string }>(
      `select e.type::text as type, to_char(e."occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, e."dedupeKey" as key
       from "Event" e join "Customer" c on c.id = e."customerId" where c."externalId" = $1 order by e."occurredAt"`,
      [withEvents.customer.externalId],
    );
    expect(events.map((e) => e.type)).toEqual(withEvents.events.map((e) => e.type.toUpperCase()));
    expect(events.map((e) => e.key)).toEqual(
      withEvents.events.map((e) =>
        eventDedupeKey({
          customerExternalId: withEvents.customer.externalId,
          type: e.type.toUpperCase(),
          occurredAtIso: new Date(e.occurredAt).toISOString(),
          properties: e.properties,
        }),
      ),
    );
    expect(events.map((e) => e.at)).toEqual(
      withEvents.events.map((e) => new Date(e.occurredAt).toISOString()),
    );
  });

  it("reports a database it cannot reach as a DATABASE_ERROR", async () => {
    const attempt = seedDemoData({
      databaseUrl: "postgresql://postgres@127.0.0.1:1/postgres",
      customers: 200,
    });
    await expect(attempt).rejects.toThrow(DemoDataError);
    await expect(
      seedDemoData({ databaseUrl: "postgresql://postgres@127.0.0.1:1/postgres", customers: 200 }),
    ).rejects.toMatchObject({
      code: "DATABASE_ERROR",
      message: expect.stringMatching(/^could not connect to the database/),
    });
  });
});

describe("eventDedupeKey", () => {
  it("is the SHA-256 hex of customer|TYPE|time|properties", () => {
    // echo -n 'C0000001|VIEW|2026-01-02T03:04:05.678Z|{"sku":"BEAN-001"}' | sha256sum
    expect(
      eventDedupeKey({
        customerExternalId: "C0000001",
        type: "VIEW",
        occurredAtIso: "2026-01-02T03:04:05.678Z",
        properties: { sku: "BEAN-001" },
      }),
    ).toBe("38822f0569687d96581aa6589ff9dbeab398fabe8dc554fc9e2882bde5bfeac3");
  });
});
