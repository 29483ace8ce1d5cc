import { parseDatabaseUrl } from "@seglens/database";
import { Client } from "pg";
import { buildDeferredIndexes, restoreAfterBulkWrite, setAsideForBulkWrite } from "./bulk-write";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { itOnServer } from "../../testing/server-only-test";
import { createLogger } from "../../logging/logger";
import { buildIndexesLeftBehind } from "./register-import-worker";
import { runImportFromCsv } from "./test-fixtures/run-import-from-csv";
import { importConnectionWaitsFor } from "./test-fixtures/wait-for-import";

function customersCsv(prefix: string, count: number, extraLine = ""): string {
  const rows = Array.from(
    { length: count },
    (_, index) => `${prefix}${index},${prefix}${index}@example.com,Name ${prefix}${index}`,
  );
  return ["external_id,email,name", ...rows, ...(extraLine ? [extraLine] : [])].join("\n");
}

/** Runs a customers import of `csv` on `api` as the worker does, and returns the finished job. */
const importCustomers = (api: TestApi, csv: string) => runImportFromCsv({ api, kind: "CUSTOMERS", csv });

/** Two lines per order, orders spread over the customers b0 … b{customers-1}. */
function ordersCsv(lines: number, customers: number): string {
  const rows = Array.from({ length: lines }, (_, index) => {
    const order = Math.floor(index / 2);
    return `o${order},b${order % customers},2024-03-0${1 + (order % 9)},SKU-${index % 2 ? order % 40 : 100 + (order % 3)},1,${10 + (index % 7)}`;
  });
  return ["order_id,customer_id,ordered_at,sku,quantity,unit_price", ...rows].join("\n");
}

describe("bulk writes of large first imports", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Every index and foreign key of the import tables: its name, its definition and its oid (a rebuild changes it). */
  async function schemaObjects() {
    return api.prisma.$queryRaw<{ kind: string; name: string; definition: string; oid: number }[]>`
      SELECT 'index' AS kind, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition,
             i.indexrelid::int AS oid
      FROM pg_index i WHERE i.indrelid::regclass::text IN ('"Customer"', '"Order"', '"OrderLine"', '"Product"', '"Event"')
      UNION ALL
      SELECT 'foreign key', c.conname, pg_get_constraintdef(c.oid), c.oid::int
      FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid::regclass::text IN ('"Order"', '"OrderLine"', '"Event"')
      ORDER BY 1, 2`;
  }
  const withoutOids = (objects: { kind: string; name: string; definition: string }[]) =>
    objects.map(({ kind, name, definition }) => ({ kind, name, definition }));
  const oidOf = (objects: { name: string; oid: number }[], name: string) =>
    objects.find((object) => object.name === name)?.oid;

  it("rolls back the set-aside indexes when an all-or-nothing import fails", async () => {
    const before = await schemaObjects();
    const failed = await importCustomers(api, customersCsv("x", 12_000, "x-bad,not-an-email,Bad"));
    expect(failed).toMatchObject({ status: "FAILED", errorCount: 1, createdCount: 0 });
    expect(await schemaObjects()).toEqual(before);
    expect(await api.prisma.customer.count()).toBe(0);
  });

  it("writes a large first customers import without its secondary indexes, then builds them again", async () => {
    const before = await schemaObjects();
    const job = await importCustomers(api, customersCsv("b", 12_000));
    expect(job).toMatchObject({ status: "SUCCEEDED", errorMessage: null, createdCount: 12_000 });
    const after = await schemaObjects();
    // The same indexes, defined the same way; all but the primary key (which foreign keys use) were built anew.
    expect(withoutOids(after)).toEqual(withoutOids(before));
    for (const index of [
      '"Customer_search_trgm_idx"',
      '"Customer_name_idx"',
      '"Customer_externalId_key"',
      '"Customer_email_key"',
    ])
      expect(oidOf(after, index)).not.toBe(oidOf(before, index));
    expect(oidOf(after, '"Customer_pkey"')).toBe(oidOf(before, '"Customer_pkey"'));
    // The rebuilt search index answers a search through it.
    const found = await api.prisma.$queryRaw<{ externalId: string }[]>`
      SELECT "externalId" FROM "Customer"
      WHERE lower(coalesce("name", '') || E'\x1f' || coalesce("email", '') || E'\x1f' || "externalId") LIKE '%name b11999%'`;
    expect(found).toEqual([{ externalId: "b11999" }]);
    // The search index was built after the commit: nothing is owed any more.
    expect(await api.prisma.deferredIndexBuild.count()).toBe(0);
  });

  it("maintains the indexes row by row when the table already holds more than a quarter of the rows", async () => {
    const before = await schemaObjects();
    const job = await importCustomers(api, customersCsv("c", 12_000));
    expect(job).toMatchObject({ status: "SUCCEEDED", createdCount: 12_000 });
    expect(await schemaObjects()).toEqual(before);
  });

  it("checks the foreign keys between order lines, orders and products once, after the writes", async () => {
    const before = await schemaObjects();
    const job = await runImportFromCsv({
      api,
      kind: "ORDERS",
      csv: ordersCsv(20_000, 12_000),
    });
    expect(job).toMatchObject({ status: "SUCCEEDED", errorMessage: null, createdCount: 20_000 });
    const after = await schemaObjects();
    expect(withoutOids(after)).toEqual(withoutOids(before));
    // Keys between two bulk tables were dropped and added back; the key to Customer stayed: the customer table
    // holds more than a quarter of the file's rows, so it is not a bulk table here.
    expect(oidOf(after, "OrderLine_orderId_fkey")).not.toBe(oidOf(before, "OrderLine_orderId_fkey"));
    expect(oidOf(after, "OrderLine_productId_fkey")).not.toBe(oidOf(before, "OrderLine_productId_fkey"));
    expect(oidOf(after, "Order_customerId_fkey")).toBe(oidOf(before, "Order_customerId_fkey"));
    const [lines] = await api.prisma.$queryRaw<{ lines: number; linked: number; orders: number }[]>`
      SELECT count(*)::int AS lines, count(p.id)::int AS linked, count(DISTINCT l."orderId")::int AS orders
      FROM "OrderLine" l LEFT JOIN "Product" p ON p.id = l."productId"`;
    expect(lines).toEqual({ lines: 20_000, linked: 20_000, orders: 10_000 });
  });
});

describe("a large orders import into a small customer table", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    expect(await importCustomers(api, customersCsv("b", 1_000))).toMatchObject({ status: "SUCCEEDED" });
  });
  afterAll(async () => {
    await api?.close();
  });

  /** The oids of the customers' indexes and of the orders' key to them (a rebuild changes them). */
  const customerObjects = () =>
    api.prisma.$queryRaw<{ name: string; oid: number }[]>`
      SELECT indexrelid::regclass::text AS name, indexrelid::int AS oid FROM pg_index WHERE indrelid = '"Customer"'::regclass
      UNION ALL
      SELECT conname, oid::int FROM pg_constraint WHERE conname = 'Order_customerId_fkey'
      ORDER BY 1`;

  it("leaves the customers' indexes and the orders' key to them as they were when it fails", async () => {
    const before = await customerObjects();
    const failed = await runImportFromCsv({
      api,
      kind: "ORDERS",
      csv: `${ordersCsv(12_000, 1_000)}\nlast,nobody,2024-03-01,SKU-1,1,10`,
    });
    expect(failed).toMatchObject({ status: "FAILED", errorCount: 1, createdCount: 0 });
    expect(await customerObjects()).toEqual(before);
    expect(await api.prisma.order.count()).toBe(0);
  });

  it("sets the customers' indexes and the orders' key to them aside, then restores them, totals right", async () => {
    const before = await customerObjects();
    // The last line repeats a SKU of order o0: it is left out, and o0's total counts the other two lines.
    const job = await runImportFromCsv({
      api,
      kind: "ORDERS",
      mode: "VALID_ROWS_ONLY",
      csv: `${ordersCsv(12_000, 1_000)}\no0,b0,2024-03-01,SKU-100,5,99`,
    });
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      errorCount: 1,
      createdCount: 12_000,
    });
    const after = await customerObjects();
    expect(after.map(({ name }) => name)).toEqual(before.map(({ name }) => name));
    // Rebuilt (and the search index built after the commit): every one but the primary key has a new oid.
    const kept = after.filter(({ name, oid }) => before.find((object) => object.name === name)?.oid === oid);
    expect(kept.map(({ name }) => name)).toEqual(['"Customer_pkey"']);
    expect(await api.prisma.deferredIndexBuild.count()).toBe(0);
    const [check] = await api.prisma.$queryRaw<
      { customers: number; wrongCustomers: number; wrongOrders: number }[]
    >`
      SELECT count(*)::int AS customers,
             count(*) FILTER (WHERE c."orderCount" <> 6 OR c."totalSpent" <> (SELECT sum(o."total") FROM "Order" o WHERE o."customerId" = c.id))::int AS "wrongCustomers",
             (SELECT count(*)::int FROM "Order" o
              WHERE o."total" <> (SELECT sum(l."quantity" * l."unitPrice") FROM "OrderLine" l WHERE l."orderId" = o.id)) AS "wrongOrders"
      FROM "Customer" c`;
    expect(check).toEqual({ customers: 1_000, wrongCustomers: 0, wrongOrders: 0 });
    const o0 = await api.prisma.order.findUniqueOrThrow({ where: { externalId: "o0" } });
    expect(o0.total.toNumber()).toBe(10 + 11); // SKU-100 at 10 and SKU-0 at 11, not the repeated line's 5 × 99
  });
});

describe("bulk writes into a table that already holds a few of the rows", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  const keyIndexOid = async (index: string) =>
    (await api.prisma.$queryRaw<{ oid: number }[]>`SELECT ${index}::regclass::oid::int AS oid`)[0].oid;

  it("updates the customers stored before and creates the others in a bulk write, keys still unique", async () => {
    // 2,000 stored customers (a sixth of the file's 12,000): the import is still a bulk write.
    const stored = await importCustomers(api, customersCsv("u", 2_000));
    expect(stored).toMatchObject({ status: "SUCCEEDED", createdCount: 2_000 });
    const before = await keyIndexOid('"Customer_externalId_key"');
    const renamed = customersCsv("u", 12_000).replace(/Name u(\d+)$/gm, (name, index: string) =>
      Number(index) % 2 === 0 ? `Renamed u${index}` : name,
    );
    const job = await importCustomers(api, renamed);
    // Of the 2,000 stored, the 1,000 renamed ones are updated and the others unchanged; 10,000 are new.
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      createdCount: 10_000,
      updatedCount: 1_000,
      skippedCount: 1_000,
    });
    expect(await keyIndexOid('"Customer_externalId_key"')).not.toBe(before);
    const [counts] = await api.prisma.$queryRaw<{ customers: number; renamed: number; ids: number }[]>`
      SELECT count(*)::int AS customers, count(*) FILTER (WHERE "name" LIKE 'Renamed %')::int AS renamed,
             count(DISTINCT "externalId")::int AS ids
      FROM "Customer" WHERE "externalId" LIKE 'u%'`;
    expect(counts).toEqual({ customers: 12_000, renamed: 6_000, ids: 12_000 });
    await expect(
      api.prisma.customer.create({ data: { externalId: "u11999", email: "other@example.com" } }),
    ).rejects.toThrow(/Unique constraint/);
  });

  it("updates the stored order lines and creates the others in a bulk write, totals recomputed", async () => {
    expect(await importCustomers(api, customersCsv("b", 1_000))).toMatchObject({ status: "SUCCEEDED" });
    const importOrders = (csv: string) => runImportFromCsv({ api, kind: "ORDERS", csv });
    // 1,000 stored orders of 2 lines (a sixth of the file's 12,000 lines): the import is still a bulk write.
    expect(await importOrders(ordersCsv(2_000, 1_000))).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 2_000,
    });
    const before = await keyIndexOid('"OrderLine_orderId_sku_key"');
    // The even stored orders now have 2 of each line.
    const [header, ...lines] = ordersCsv(12_000, 1_000).split("\n");
    const changed = lines.map((line, index) => {
      const order = Math.floor(index / 2);
      if (order >= 1_000 || order % 2 === 1) return line;
      const fields = line.split(",");
      fields[4] = "2";
      return fields.join(",");
    });
    const job = await importOrders([header, ...changed].join("\n"));
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      createdCount: 10_000,
      updatedCount: 1_000,
      skippedCount: 1_000,
    });
    expect(await keyIndexOid('"OrderLine_orderId_sku_key"')).not.toBe(before);
    // Every order's total is the sum of its lines, every customer's the sum of its orders.
    const [check] = await api.prisma.$queryRaw<
      { orders: number; doubled: number; wrongOrders: number; wrongCustomers: number }[]
    >`
      SELECT (SELECT count(*)::int FROM "Order") AS orders,
             (SELECT count(*)::int FROM "OrderLine" WHERE "quantity" = 2) AS doubled,
             (SELECT count(*)::int FROM "Order" o
              WHERE o."total" <> (SELECT sum(l."quantity" * l."unitPrice") FROM "OrderLine" l WHERE l."orderId" = o.id)) AS "wrongOrders",
             (SELECT count(*)::int FROM "Customer" c
              WHERE c."totalSpent" <> coalesce((SELECT sum(o."total") FROM "Order" o WHERE o."customerId" = c.id), 0)
                 OR c."orderCount" <> (SELECT count(*) FROM "Order" o WHERE o."customerId" = c.id)) AS "wrongCustomers"`;
    expect(check).toEqual({ orders: 6_000, doubled: 1_000, wrongOrders: 0, wrongCustomers: 0 });
  });

  it("skips the stored events and the file's repeated ones in a bulk write, dedupe keys still unique", async () => {
    expect(await importCustomers(api, customersCsv("e", 1_000))).toMatchObject({ status: "SUCCEEDED" });
    const eventLines = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, offset) => {
        const index = from + offset;
        return `e${index % 1_000},view,${new Date(Date.UTC(2024, 0, 1) + index * 1_000).toISOString()}`;
      });
    const importEvents = (lines: string[]) =>
      runImportFromCsv({ api, kind: "EVENTS", csv: ["customer_id,type,occurred_at", ...lines].join("\n") });
    expect(await importEvents(eventLines(0, 2_000))).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 2_000,
    });
    const lastStoredId = (await api.prisma.event.aggregate({ _max: { id: true } }))._max.id;
    const before = await keyIndexOid('"Event_dedupeKey_key"');
    // 2,000 stored events (a sixth of the file) and 300 rows that repeat earlier rows: a bulk write all the same.
    const job = await importEvents([...eventLines(0, 12_000), ...eventLines(5_000, 5_300)]);
    expect(job).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      totalRows: 12_300,
      createdCount: 10_000,
      updatedCount: 0,
      skippedCount: 2_300,
    });
    expect(await keyIndexOid('"Event_dedupeKey_key"')).not.toBe(before);
    const [counts] = await api.prisma.$queryRaw<{ events: number; keys: number; stored: number }[]>`
      SELECT count(*)::int AS events, count(DISTINCT "dedupeKey")::int AS keys,
             count(*) FILTER (WHERE "id" <= ${lastStoredId})::int AS stored
      FROM "Event"`;
    // Of each repeated key the row stored first stayed: the events stored before all kept their rows.
    expect(counts).toEqual({ events: 12_000, keys: 12_000, stored: 2_000 });
    // The rebuilt index turns a repeated key away again.
    expect(await importEvents(eventLines(100, 200))).toMatchObject({ createdCount: 0, skippedCount: 100 });
  });
});

describe("bulk imports side by side", () => {
  itOnServer(
    "waits for another bulk import's transaction before it locks its tables",
    "it holds a lock in one session while the import runs in another",
    async () => {
      const api = await createTestApi({ runWorkers: false });
      // Stands for a bulk orders import: it holds the bulk imports' lock and will lock Customer.
      const other = new Client(parseDatabaseUrl(api.database.databaseUrl));
      try {
        await other.connect();
        await other.query("BEGIN");
        await other.query("SELECT pg_advisory_xact_lock(hashtextextended('seglens bulk import', 0))");
        const running = importCustomers(api, customersCsv("s", 12_000));
        // The import's connection comes to wait for the bulk imports' lock…
        expect(await importConnectionWaitsFor(api, "advisory")).toBe(true);
        // …before it locked Customer: the other transaction still reads it without waiting.
        await other.query("SET LOCAL lock_timeout = '500ms'");
        const read = await other.query<{ count: number }>('SELECT count(*)::int AS count FROM "Customer"');
        expect(read.rows[0].count).toBe(0);
        await other.query("COMMIT");
        expect(await running).toMatchObject({ status: "SUCCEEDED", createdCount: 12_000 });
      } finally {
        await other.end().catch(() => undefined);
        await api.close();
      }
    },
  );
});

describe("search indexes a bulk import left for after its commit", () => {
  let api: TestApi;
  const searchIndex = '"Customer_search_trgm_idx"';

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  const indexOid = async (name: string) =>
    (await api.prisma.$queryRaw<{ oid: number | null }[]>`SELECT to_regclass(${name})::oid::int AS oid`)[0]
      .oid;
  const owed = () =>
    api.prisma.deferredIndexBuild.findMany({ select: { name: true }, orderBy: { name: "asc" } });

  it("records the search index in the import's transaction instead of building it there; a rollback forgets it", async () => {
    const client = new Client(parseDatabaseUrl(api.database.databaseUrl));
    await client.connect();
    try {
      await client.query("BEGIN");
      const setAside = await setAsideForBulkWrite(
        client,
        { bulkTables: ["Customer"], bulkUniqueTables: ["Customer"] },
        20_000,
      );
      expect(setAside.indexes.find((index) => index.name === searchIndex)).toMatchObject({ method: "gin" });
      await restoreAfterBulkWrite(client, setAside);
      const inside = await client.query<{ owed: string[]; search: boolean; name: boolean }>(
        `SELECT array(SELECT "name" FROM "DeferredIndexBuild") AS owed,
                to_regclass($1) IS NOT NULL AS search, to_regclass('"Customer_name_idx"') IS NOT NULL AS name`,
        [searchIndex],
      );
      expect(inside.rows[0]).toEqual({ owed: [searchIndex], search: false, name: true });
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
    expect(await owed()).toEqual([]);
    expect(await indexOid(searchIndex)).not.toBeNull();
  });

  it("builds at start-up an index an API stopped before building, and clears a record whose index exists", async () => {
    expect(await importCustomers(api, customersCsv("d", 500))).toMatchObject({ status: "SUCCEEDED" });
    const [{ definition }] = await api.prisma.$queryRaw<{ definition: string }[]>`
      SELECT pg_get_indexdef(${searchIndex}::regclass) AS definition`;
    const nameIndex = await indexOid('"Customer_name_idx"');
    // What a stop between an import's commit and its build leaves: the index dropped, its record kept.
    await api.prisma.$executeRawUnsafe(`DROP INDEX ${searchIndex}`);
    await api.prisma.deferredIndexBuild.createMany({
      data: [
        { name: searchIndex, definition },
        { name: '"Customer_name_idx"', definition: 'CREATE INDEX "Customer_name_idx" ON "Customer" (name)' },
      ],
    });
    await buildIndexesLeftBehind(api.database.databaseUrl, createLogger("silent"));
    expect(await owed()).toEqual([]);
    expect(await indexOid(searchIndex)).not.toBeNull();
    // The index that was there already was left as it was.
    expect(await indexOid('"Customer_name_idx"')).toBe(nameIndex);
    const found = await api.prisma.$queryRaw<{ externalId: string }[]>`
      SELECT "externalId" FROM "Customer"
      WHERE lower(coalesce("name", '') || E'\x1f' || coalesce("email", '') || E'\x1f' || "externalId") LIKE '%name d499%'`;
    expect(found).toEqual([{ externalId: "d499" }]);
  });

  it("keeps the record of a build that fails and still builds the others", async () => {
    await api.prisma.$executeRawUnsafe('DROP INDEX "Customer_totalSpent_idx"');
    await api.prisma.deferredIndexBuild.createMany({
      data: [
        {
          name: '"Customer_broken_idx"',
          definition: 'CREATE INDEX "Customer_broken_idx" ON "Customer" ("noSuchColumn")',
        },
        {
          name: '"Customer_totalSpent_idx"',
          definition: 'CREATE INDEX "Customer_totalSpent_idx" ON "Customer" ("totalSpent")',
        },
      ],
    });
    const client = new Client(parseDatabaseUrl(api.database.databaseUrl));
    await client.connect();
    try {
      await expect(buildDeferredIndexes(client)).rejects.toThrow(
        'indexes not built: "Customer_broken_idx": column "noSuchColumn" does not exist',
      );
    } finally {
      await client.end();
    }
    expect(await owed()).toEqual([{ name: '"Customer_broken_idx"' }]);
    expect(await indexOid('"Customer_totalSpent_idx"')).not.toBeNull();
    await api.prisma.deferredIndexBuild.deleteMany();
  });
});
