import { Client } from "pg";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database";
import { parseDatabaseUrl } from "./connection-config";
import { createPrismaClient } from "./create-prisma-client";
import { detectDatabaseMode } from "./detect-database-mode";
import { openDatabase } from "./open-database";

// CI sets DATABASE_URL to the real PostgreSQL; without it the embedded PGlite is used.
const serverUrl = process.env.DATABASE_URL;

describe.each([
  ["real or embedded (DATABASE_URL decides)", serverUrl],
  ["embedded PGlite", undefined],
])("migrations on %s", (_label, url) => {
  let database: TestDatabase;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase(url);
    sql = new Client(parseDatabaseUrl(database.databaseUrl));
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await database?.drop();
  });

  it("creates every table of the data model", async () => {
    const { rows } = await sql.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        "ApiKey",
        "AuditLog",
        "Campaign",
        "CampaignAudienceMember",
        "CampaignResult",
        "CampaignSegment",
        "Customer",
        "Event",
        "ImportJob",
        "ImportRowError",
        "LoginThrottle",
        "MarketingPlan",
        "MarketingPlanRevision",
        "Order",
        "OrderLine",
        "Product",
        "Segment",
        "SegmentMembership",
        "SegmentationRun",
        "Session",
        "SuppressionEntry",
        "User",
        "WebhookDelivery",
        "WebhookEndpoint",
        "_prisma_migrations",
      ]),
    );
  });

  it("tells from the server which database mode a URL reaches (the quickstart hands the API an embedded URL)", async () => {
    expect(await detectDatabaseMode(database.databaseUrl)).toBe(database.mode);
    const opened = await openDatabase({
      databaseUrl: database.databaseUrl,
      embeddedDataDir: "unused",
      embeddedPort: 0,
      migrate: false,
    });
    expect(opened.mode).toBe(database.mode);
    await opened.close();
  });

  it("creates the trigram indexes behind customer search (pg_trgm also on the embedded database)", async () => {
    const { rows } = await sql.query<{ indexname: string }>(
      `select indexname from pg_indexes where tablename = 'Customer' and indexname like '%trgm%' order by indexname`,
    );
    expect(rows.map((row) => row.indexname)).toEqual(["Customer_search_trgm_idx"]);
  });

  it("rejects rows that break the constraints", async () => {
    const reject = (statement: string, values: unknown[], constraint: RegExp) =>
      expect(sql.query(statement, values)).rejects.toThrow(constraint);

    await reject(
      `insert into "Customer" ("externalId", email, "updatedAt") values ($1, $2, now())`,
      ["c-1", "Not.Normalised@Example.com"],
      /Customer_email_normalised_check/,
    );
    await reject(
      `insert into "Customer" ("externalId", "updatedAt") values ($1, now())`,
      ["  "],
      /Customer_externalId_not_blank_check/,
    );
    await sql.query(
      `insert into "Customer" ("externalId", email, "updatedAt") values ('c-2', 'a@b.co', now())`,
    );
    await reject(
      `insert into "Customer" ("externalId", email, "updatedAt") values ('c-3', 'a@b.co', now())`,
      [],
      /Customer_email_key/,
    );
    await reject(
      `insert into "Order" ("externalId", "customerId", "orderedAt", total) values ('o-1', 999999, now(), 10)`,
      [],
      /Order_customerId_fkey/,
    );
    const { rows } = await sql.query<{ id: number }>(`select id from "Customer" where "externalId" = 'c-2'`);
    await reject(
      `insert into "Order" ("externalId", "customerId", "orderedAt", total) values ('o-2', $1, now(), -5)`,
      [rows[0].id],
      /Order_total_check/,
    );
    await reject(
      `insert into "Product" (sku, name, category, price, "updatedAt") values ('S1', 'x', 'y', -1, now())`,
      [],
      /Product_price_check/,
    );
  });

  it("keeps only one active run and cascades a customer's deletion to orders", async () => {
    const insertRun = `insert into "SegmentationRun" (id, name, parameters, status, "isActive") values (gen_random_uuid(), $1, '{}', 'SUCCEEDED', true)`;
    await sql.query(insertRun, ["first"]);
    await expect(sql.query(insertRun, ["second"])).rejects.toThrow(/SegmentationRun_single_active_key/);
    await expect(
      sql.query(
        `insert into "SegmentationRun" (id, name, parameters, status, "isActive") values (gen_random_uuid(), 'q', '{}', 'QUEUED', false)`,
      ),
    ).resolves.toBeDefined();

    const prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 2 });
    try {
      const customer = await prisma.customer.create({
        data: {
          externalId: "c-cascade",
          orders: { create: [{ externalId: "o-cascade", orderedAt: new Date(), total: 12.5 }] },
        },
      });
      expect(await prisma.order.count({ where: { customerId: customer.id } })).toBe(1);
      await prisma.customer.delete({ where: { id: customer.id } });
      expect(await prisma.order.count({ where: { externalId: "o-cascade" } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
