import { parseDatabaseUrl } from "@seglens/database";
import ExcelJS from "exceljs";
import { Client } from "pg";
import { createLogger } from "../../logging/logger";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { itOnServer } from "../../testing/server-only-test";
import { eventDedupeKey } from "../events/event-dedupe-key";
import { suppressionHash } from "../privacy/suppression-hash";
import { failInterruptedImports, interruptedMessage } from "./fail-interrupted-imports";
import { runImportFromCsv } from "./test-fixtures/run-import-from-csv";
import { uploadImportFile, type UploadImportResponse } from "./test-fixtures/upload-import-file";
import {
  importConnectionWaitsFor,
  readImportReport,
  waitForImportEnd,
} from "./test-fixtures/wait-for-import";

const startMutation = "mutation Start($id: ID!) { startImport(importId: $id) { id status } }";

describe("imports", () => {
  let api: TestApi;
  let owner: TestUser;
  let reader: TestUser;

  beforeAll(async () => {
    api = await createTestApi();
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    reader = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
  });
  afterAll(async () => {
    await api?.close();
  });

  const upload = (
    content: string | Buffer,
    fields: Record<string, string>,
    {
      fileName,
      headers = { "x-seglens-csrf": "1", cookie: owner.cookie },
    }: { fileName?: string; headers?: Record<string, string> } = {},
  ): Promise<UploadImportResponse> =>
    uploadImportFile({ apiUrl: api.url, content, fields, fileName, headers });

  async function runImport(content: string | Buffer, fields: Record<string, string>, fileName?: string) {
    const uploaded = await upload(content, fields, { fileName });
    expect(uploaded.status).toBe(201);
    const id = uploaded.body.importJob?.id as string;
    if (uploaded.body.importJob?.status === "QUEUED") {
      const started = await api.execute(startMutation, { id }, owner.viewer);
      expect(started.errors).toBeUndefined();
    }
    const job = await waitForImportEnd(api, id, { intervalMs: 100 });
    return { job, errors: await readImportReport(api, id) };
  }

  const customersCsv = [
    "\ufeffExternal ID,E-mail,name,income,signup_date,marketing_consent,preferred_device",
    "c1,Ann@Example.com,Ann,52000.50,2023-01-05,true,mobile",
    'c2,bob@example.com,"Bob, Jr.",,2023-02-01T10:30:00Z,no,',
    "c3,,Cy,0,,1,desktop",
  ].join("\r\n");

  it("imports customers (BOM, CRLF, synonyms, extra columns as attributes) and changes nothing on a re-upload", async () => {
    const first = await runImport(customersCsv, { kind: "CUSTOMERS" });
    expect(first.job).toMatchObject({
      status: "SUCCEEDED",
      totalRows: 3,
      createdCount: 3,
      updatedCount: 0,
      skippedCount: 0,
      errorCount: 0,
      progress: 1,
    });
    const ann = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c1" } });
    expect(ann).toMatchObject({
      email: "ann@example.com",
      name: "Ann",
      marketingConsent: true,
      attributes: { preferred_device: "mobile" },
    });
    expect(ann.income?.toNumber()).toBe(52000.5);
    expect(ann.signupDate?.toISOString()).toBe("2023-01-05T00:00:00.000Z");
    const bob = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c2" } });
    expect(bob).toMatchObject({ name: "Bob, Jr.", marketingConsent: false, income: null, attributes: {} });
    expect(bob.signupDate?.toISOString()).toBe("2023-02-01T10:30:00.000Z");

    const again = await runImport(customersCsv, { kind: "CUSTOMERS" });
    expect(again.job).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 0,
      updatedCount: 0,
      skippedCount: 3,
    });

    const changed = await runImport(customersCsv.replace("c3,,Cy,0", "c3,,Cyrus,0"), { kind: "CUSTOMERS" });
    expect(changed.job).toMatchObject({ createdCount: 0, updatedCount: 1, skippedCount: 2 });
    expect(await api.prisma.customer.count()).toBe(3);
  });

  const badCustomersCsv = [
    "external_id,email,+income,birth_date",
    "d1,d1@example.com,10,1990-04-01",
    "d2,not-an-email,abc,1990-02-30",
    "d1,other@example.com,5,",
    ",x@example.com,-3,",
    "d5,d5@example.com,7",
  ].join("\n");

  it("reports every invalid row and writes nothing in ALL_OR_NOTHING mode; the CSV report is formula-safe", async () => {
    const before = await api.prisma.customer.count();
    const result = await runImport(badCustomersCsv, {
      kind: "CUSTOMERS",
      mapping: JSON.stringify({ "+income": "income" }),
    });
    expect(result.job.status).toBe("FAILED");
    expect(result.job.errorMessage).toBe(
      "4 of 5 rows are invalid, so nothing was imported (all-or-nothing); see the error report.",
    );
    expect(result.job).toMatchObject({ totalRows: 5, errorCount: 4, createdCount: 0 });
    expect(result.errors).toEqual([
      { row: 3, column: "email", message: '"not-an-email" is not an email address' },
      { row: 3, column: "birth_date", message: '"1990-02-30" is not a real calendar date' },
      { row: 3, column: "+income", message: '"abc" is not a number' },
      { row: 4, column: "external_id", message: 'external id "d1" appears on an earlier row of the file' },
      { row: 5, column: "external_id", message: "external id is required" },
      { row: 5, column: "+income", message: "-3 is negative" },
      { row: 6, column: null, message: "The row has 3 values but the header has 4 columns." },
    ]);
    expect(await api.prisma.customer.count()).toBe(before);

    const csv = await fetch(`${api.url}/imports/${result.job.id}/errors.csv`, {
      headers: { cookie: owner.cookie },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("row,column,message");
    expect(lines[3]).toBe(`3,'+income,"""abc"" is not a number"`);

    const graphql = await api.execute<{
      importErrors: { totalCount: number; nodes: { row: number; column: string | null }[] };
    }>(
      "query Errors($id: ID!) { importErrors(importId: $id, first: 2) { totalCount nodes { row column message } pageInfo { hasNextPage } } }",
      { id: result.job.id },
      owner.viewer,
    );
    expect(graphql.data?.importErrors.totalCount).toBe(7);
    expect(graphql.data?.importErrors.nodes.map((node) => node.row)).toEqual([3, 3]);
  });

  it("writes exactly the valid rows in VALID_ROWS_ONLY mode", async () => {
    const result = await runImport(badCustomersCsv, {
      kind: "CUSTOMERS",
      mode: "VALID_ROWS_ONLY",
      mapping: JSON.stringify({ "+income": "income" }),
    });
    expect(result.job).toMatchObject({
      status: "SUCCEEDED",
      totalRows: 5,
      errorCount: 4,
      createdCount: 1,
      updatedCount: 0,
      skippedCount: 0,
    });
    const d1 = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "d1" } });
    expect(d1.email).toBe("d1@example.com");
    expect(d1.birthDate?.toISOString()).toBe("1990-04-01T00:00:00.000Z");
    expect(await api.prisma.customer.count({ where: { externalId: { in: ["d2", "d5"] } } })).toBe(0);
  });

  const ordersCsv = [
    "order_id,customer_id,ordered_at,sku,quantity,unit_price,currency",
    "o1,c1,2024-01-10T09:00:00Z,MUG,2,4.50,USD",
    "o1,c1,2024-01-10T09:00:00Z,TEA,1,12.00,USD",
    "o2,c2,2024-02-01T12:00:00Z,MUG,1,4.50,USD",
    "o3,c1,2024-03-05T08:00:00Z,NEW-SKU,3,1.25,EUR",
  ].join("\n");

  it("imports order lines, creates unknown products, recomputes totals, and is idempotent", async () => {
    const first = await runImport(ordersCsv, { kind: "ORDERS" });
    expect(first.job).toMatchObject({ status: "SUCCEEDED", totalRows: 4, createdCount: 4, skippedCount: 0 });
    const o1 = await api.prisma.order.findUniqueOrThrow({
      where: { externalId: "o1" },
      include: { lines: true },
    });
    expect(o1.total.toNumber()).toBe(21); // 2 × 4.50 + 12.00
    expect(o1.lines).toHaveLength(2);
    const ann = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c1" } });
    expect(ann.orderCount).toBe(2);
    expect(ann.totalSpent.toNumber()).toBe(24.75); // 21 + 3 × 1.25
    expect(ann.lastOrderAt?.toISOString()).toBe("2024-03-05T08:00:00.000Z");
    expect(await api.prisma.product.findUnique({ where: { sku: "NEW-SKU" } })).toMatchObject({
      name: "NEW-SKU",
      category: "uncategorised",
    });

    const again = await runImport(ordersCsv, { kind: "ORDERS" });
    expect(again.job).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 0,
      updatedCount: 0,
      skippedCount: 4,
    });
    expect(
      (await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "c1" } })).totalSpent.toNumber(),
    ).toBe(24.75);
  });

  it("joins orders to customers by email when the file has no customer id", async () => {
    const csv = [
      "order id,customer email,order date,sku,qty,price",
      "o9,BOB@example.com,2024-04-01,MUG,1,4.50",
    ].join("\n");
    const result = await runImport(csv, { kind: "ORDERS" });
    expect(result.job).toMatchObject({ status: "SUCCEEDED", createdCount: 1 });
    const order = await api.prisma.order.findUniqueOrThrow({
      where: { externalId: "o9" },
      include: { customer: true },
    });
    expect(order.customer.externalId).toBe("c2");
  });

  it("refuses a negative quantity, an unknown customer and a repeated line, writing nothing", async () => {
    const csv = [
      "order_id,customer_id,ordered_at,sku,quantity,unit_price,currency",
      "p1,c1,2024-05-01T00:00:00Z,MUG,-1,4.50,USD",
      "p2,ghost,2024-05-01T00:00:00Z,MUG,1,4.50,USD",
      "p3,c1,2024-05-01T00:00:00Z,MUG,1,4.50,USD",
      "p3,c1,2024-05-01T00:00:00Z,MUG,2,4.50,USD",
    ].join("\n");
    const orders = await api.prisma.order.count();
    const result = await runImport(csv, { kind: "ORDERS" });
    expect(result.job.status).toBe("FAILED");
    expect(result.errors).toEqual([
      { row: 2, column: "quantity", message: "-1 must be greater than 0" },
      { row: 3, column: "customer_id", message: 'customer "ghost" does not exist' },
      { row: 5, column: "sku", message: 'order "p3" has SKU "MUG" on an earlier row of the file' },
    ]);
    expect(await api.prisma.order.count()).toBe(orders);
  });

  it("imports events once (dedupe key) and rejects unknown types and non-object properties", async () => {
    const csv = [
      "customer_id,type,occurred_at,properties",
      'c1,view,2024-01-01T10:00:00.000Z,"{""sku"":""MUG""}"',
      "c2,email_open,2024-01-02T10:00:00.000Z,",
    ].join("\n");
    const first = await runImport(csv, { kind: "EVENTS" });
    expect(first.job).toMatchObject({ status: "SUCCEEDED", createdCount: 2 });
    const again = await runImport(csv, { kind: "EVENTS" });
    expect(again.job).toMatchObject({ status: "SUCCEEDED", createdCount: 0, skippedCount: 2 });
    expect(await api.prisma.event.count()).toBe(2);

    const bad = await runImport(
      ["customer_id,type,occurred_at,properties", "c1,teleport,2024-01-01,", 'c1,view,2024-01-01,"[1]"'].join(
        "\n",
      ),
      { kind: "EVENTS" },
    );
    expect(bad.errors).toEqual([
      {
        row: 2,
        column: "type",
        message: '"teleport" is not one of view, search, add_to_cart, purchase, email_open, email_click',
      },
      { row: 3, column: "properties", message: "is not a JSON object" },
    ]);
  });

  it("imports an .xlsx workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addRow(["external_id", "email", "name", "signup_date", "income"]);
    sheet.addRow(["x1", "x1@example.com", "Xena", new Date(Date.UTC(2022, 5, 1)), 1000]);
    sheet.addRow(["x2", "x2@example.com", "Xavier"]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await runImport(buffer, { kind: "CUSTOMERS" }, "customers.xlsx");
    expect(result.errors).toEqual([]);
    expect(result.job).toMatchObject({ status: "SUCCEEDED", createdCount: 2, errorCount: 0 });
    const xena = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "x1" } });
    expect(xena.signupDate?.toISOString()).toBe("2022-06-01T00:00:00.000Z");
    expect(xena.income?.toNumber()).toBe(1000);
  });

  it("fails broken CSV quoting, an empty file, a binary file and a missing required column", async () => {
    const customers = await api.prisma.customer.count();
    const broken = await runImport('external_id,name\nq1,"Unclosed\nq2,Fine\n', { kind: "CUSTOMERS" });
    expect(broken.job.status).toBe("FAILED");
    expect(broken.job.errorMessage).toMatch(/^The file is not valid CSV: .*Quote Not Closed/);
    // A quote left open on the first data row swallows the whole file: the COPY must still end, as FAILED.
    const brokenOrders = await runImport(
      'order_id,customer_id,ordered_at,sku,quantity,unit_price,currency\n"o1,C1,2026-01-01T00:00:00Z,SKU1,1,2.50,EUR\n',
      { kind: "ORDERS", mode: "ALL_OR_NOTHING" },
    );
    expect(brokenOrders.job.status).toBe("FAILED");
    expect(brokenOrders.job.errorMessage).toMatch(/^The file is not valid CSV: .*Quote Not Closed/);
    // ...and so must one opened after a few batches of rows were already sent to the staging table.
    const goodLines = Array.from(
      { length: 4_500 },
      (_, index) => `o${index},C1,2026-01-01T00:00:00Z,SKU1,1,2.50,EUR`,
    );
    const lateBreak = await runImport(
      [
        "order_id,customer_id,ordered_at,sku,quantity,unit_price,currency",
        ...goodLines,
        '"o-late,C1,2026-01-01T00:00:00Z,SKU1,1,2.50,EUR',
        "",
      ].join("\n"),
      { kind: "ORDERS", mode: "ALL_OR_NOTHING" },
    );
    expect(lateBreak.job.status).toBe("FAILED");
    expect(lateBreak.job.errorMessage).toMatch(/^The file is not valid CSV: .*Quote Not Closed/);

    const empty = await upload("", { kind: "CUSTOMERS" });
    expect(empty.body.importJob).toMatchObject({ status: "FAILED", errorMessage: "The file is empty." });
    const binary = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), {
      kind: "CUSTOMERS",
    });
    expect(binary.body.importJob?.errorMessage).toBe(
      "The file is not a CSV text file (it contains binary data); upload CSV or .xlsx.",
    );
    const headerOnly = await runImport("external_id,name\n", { kind: "CUSTOMERS" });
    expect(headerOnly.job.errorMessage).toBe("The file has a header but no data rows.");

    const missing = await runImport("name,city\nAnn,Oslo\n", { kind: "CUSTOMERS" });
    expect(missing.job).toMatchObject({
      status: "FAILED",
      errorMessage: "No column is mapped to the required field(s): externalId.",
    });
    expect(await api.prisma.customer.count()).toBe(customers);
  });

  it("previews the first rows with a guessed mapping, accepts an override, and starts once", async () => {
    const uploaded = await upload("Customer Email,Full Name,Client ID\nz@example.com,Zoe,z1\n", {
      kind: "CUSTOMERS",
    });
    const id = uploaded.body.importJob?.id as string;
    const preview = await api.execute<{
      previewImport: {
        columns: string[];
        rows: string[][];
        mapping: { column: string; field: string | null }[];
      };
    }>(
      "query Preview($id: ID!) { previewImport(importId: $id) { columns rows mapping { column field } fields { name required } } }",
      { id },
      owner.viewer,
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewImport.rows).toEqual([["z@example.com", "Zoe", "z1"]]);
    expect(preview.data?.previewImport.mapping).toEqual([
      { column: "Customer Email", field: "email" },
      { column: "Full Name", field: "name" },
      { column: "Client ID", field: "attribute:Client ID" },
    ]);
    const wrong = await api.execute(
      "mutation Map($id: ID!, $mapping: [ImportColumnMappingInput!]!) { updateImportMapping(importId: $id, mapping: $mapping) { id } }",
      { id, mapping: [{ column: "Client ID", field: "shoeSize" }] },
      owner.viewer,
    );
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const mapped = await api.execute<{
      updateImportMapping: { mapping: { column: string; field: string | null }[] };
    }>(
      "mutation Map($id: ID!, $mapping: [ImportColumnMappingInput!]!) { updateImportMapping(importId: $id, mapping: $mapping) { mapping { column field } } }",
      { id, mapping: [{ column: "Client ID", field: "externalId" }] },
      owner.viewer,
    );
    expect(mapped.data?.updateImportMapping.mapping).toContainEqual({
      column: "Client ID",
      field: "externalId",
    });
    expect((await api.execute(startMutation, { id }, owner.viewer)).errors).toBeUndefined();
    const twice = await api.execute(startMutation, { id }, owner.viewer);
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");
    const unknown = await api.execute(
      startMutation,
      { id: "00000000-0000-0000-0000-000000000000" },
      owner.viewer,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const forbidden = await api.execute(startMutation, { id }, reader.viewer);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses uploads without auth (401), without the CSRF header (400), from a read-only user (403)", async () => {
    const anonymous = await upload("external_id\nq\n", { kind: "CUSTOMERS" }, { headers: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const noCsrf = await upload(
      "external_id\nq\n",
      { kind: "CUSTOMERS" },
      { headers: { cookie: owner.cookie } },
    );
    expect(noCsrf.status).toBe(400);
    expect(noCsrf.body.errors?.[0].message).toMatch(/x-seglens-csrf/);
    const viewer = await upload(
      "external_id\nq\n",
      { kind: "CUSTOMERS" },
      { headers: { cookie: reader.cookie, "x-seglens-csrf": "1" } },
    );
    expect(viewer.status).toBe(403);
    const badKind = await upload("external_id\nq\n", { kind: "PETS" });
    expect(badKind.status).toBe(400);
    const errorsAnonymous = await fetch(`${api.url}/imports/00000000-0000-0000-0000-000000000000/errors.csv`);
    expect(errorsAnonymous.status).toBe(401);
  });

  it("skips erased customers (suppression hashes computed in SQL match the privacy module's) in customers, orders and events", async () => {
    await api.prisma.suppressionEntry.createMany({
      data: [
        { kind: "EXTERNAL_ID", valueHash: suppressionHash("EXTERNAL_ID", "gone-1") },
        { kind: "EMAIL", valueHash: suppressionHash("EMAIL", "Gone2@Example.com") },
      ],
    });
    const customers = await runImport(
      [
        "external_id,email",
        "gone-1,fresh@example.com",
        "gone-2,GONE2@example.com",
        "kept-1,kept1@example.com",
      ].join("\n"),
      { kind: "CUSTOMERS" },
    );
    expect(customers.job).toMatchObject({
      status: "SUCCEEDED",
      totalRows: 3,
      createdCount: 1,
      skippedCount: 2,
      errorCount: 0,
    });
    expect(await api.prisma.customer.count({ where: { externalId: { in: ["gone-1", "gone-2"] } } })).toBe(0);

    const orders = await runImport(
      [
        "order_id,customer_id,ordered_at,sku,quantity,unit_price",
        "g1,gone-1,2024-06-01,MUG,1,4.50",
        "g2,ghost-2,2024-06-01,MUG,1,4.50",
        "g3,kept-1,2024-06-01,MUG,1,4.50",
      ].join("\n"),
      { kind: "ORDERS", mode: "VALID_ROWS_ONLY" },
    );
    expect(orders.errors).toEqual([
      { row: 3, column: "customer_id", message: 'customer "ghost-2" does not exist' },
    ]);
    expect(orders.job).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 1,
      skippedCount: 1,
      errorCount: 1,
    });
    expect(
      await api.prisma.order.findUniqueOrThrow({ where: { externalId: "g3" }, include: { customer: true } }),
    ).toMatchObject({ customer: { externalId: "kept-1" } });

    const events = await runImport(
      [
        "customer_email,type,occurred_at",
        "gone2@example.com,view,2024-06-02",
        "KEPT1@example.com,search,2024-06-02",
      ].join("\n"),
      { kind: "EVENTS" },
    );
    expect(events.job).toMatchObject({ status: "SUCCEEDED", createdCount: 1, skippedCount: 1 });
    // A row keyed by email gets the dedupe key of the customer's external id, as recordEvent computes it.
    const stored = await api.prisma.event.findFirstOrThrow({ where: { customer: { externalId: "kept-1" } } });
    expect(stored.dedupeKey).toBe(
      eventDedupeKey("kept-1", "SEARCH", new Date("2024-06-02T00:00:00.000Z"), {}),
    );
  });

  it("refuses an order line whose customer, date or currency differs from the order's first line, keeping the rest in VALID_ROWS_ONLY", async () => {
    const csv = [
      "order_id,customer_id,ordered_at,sku,quantity,unit_price,currency",
      "m1,c1,2024-07-01T10:00:00Z,MUG,1,4.50,USD",
      "m1,c2,2024-07-01T10:00:00Z,TEA,1,12.00,USD",
      "m1,c1,2024-07-01T10:00:00Z,TEA,2,12.00,USD",
      "m1,c1,2024-07-01T10:00:00Z,TEA,3,12.00,USD",
    ].join("\n");
    const result = await runImport(csv, { kind: "ORDERS", mode: "VALID_ROWS_ONLY" });
    expect(result.errors).toEqual([
      {
        row: 3,
        column: "order_id",
        message: 'order "m1" has a different customer, date or currency on an earlier row',
      },
      { row: 5, column: "sku", message: 'order "m1" has SKU "TEA" on an earlier row of the file' },
    ]);
    expect(result.job).toMatchObject({ status: "SUCCEEDED", totalRows: 4, errorCount: 2, createdCount: 2 });
    const order = await api.prisma.order.findUniqueOrThrow({
      where: { externalId: "m1" },
      include: { lines: { orderBy: { sku: "asc" } }, customer: true },
    });
    expect(order.customer.externalId).toBe("c1");
    expect(order.lines.map((line) => [line.sku, line.quantity])).toEqual([
      ["MUG", 1],
      ["TEA", 2],
    ]);
    expect(order.total.toNumber()).toBe(28.5); // 4.50 + 2 × 12.00
  });

  it("imports products by SKU (update, create, unchanged on re-upload) and reports bad rows", async () => {
    const csv = ["sku,name,category,price", "MUG,Blue mug,kitchen,4.50", "LAMP,Desk lamp,,30"].join("\n");
    const first = await runImport(csv, { kind: "PRODUCTS" });
    expect(first.job).toMatchObject({
      status: "SUCCEEDED",
      totalRows: 2,
      createdCount: 1,
      updatedCount: 1,
      skippedCount: 0,
    });
    expect(await api.prisma.product.findUniqueOrThrow({ where: { sku: "MUG" } })).toMatchObject({
      name: "Blue mug",
      category: "kitchen",
    });
    const lamp = await api.prisma.product.findUniqueOrThrow({ where: { sku: "LAMP" } });
    expect(lamp).toMatchObject({ name: "Desk lamp", category: "uncategorised" });
    expect(lamp.price.toNumber()).toBe(30);
    const again = await runImport(csv, { kind: "PRODUCTS" });
    expect(again.job).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 0,
      updatedCount: 0,
      skippedCount: 2,
    });

    const bad = await runImport(
      ["sku,name,price", "VASE,Vase,-2", "VASE,Vase,3", ",Nameless,1", "BOWL,,1"].join("\n"),
      { kind: "PRODUCTS" },
    );
    expect(bad.job).toMatchObject({ status: "FAILED", errorCount: 4 });
    expect(bad.errors).toEqual([
      { row: 2, column: "price", message: "-2 is negative" },
      { row: 3, column: "sku", message: 'SKU "VASE" appears on an earlier row of the file' },
      { row: 4, column: "sku", message: "sku is required" },
      { row: 5, column: "name", message: "product name is required" },
    ]);
    expect(await api.prisma.product.count({ where: { sku: { in: ["VASE", "BOWL"] } } })).toBe(0);
    const missing = await runImport("sku,price\nX,1\n", { kind: "PRODUCTS" });
    expect(missing.job.errorMessage).toBe("No column is mapped to the required field(s): name.");
  });

  it("lets a read-only user see the import history and error reports, but not upload or start", async () => {
    const failed = await api.prisma.importJob.findFirstOrThrow({
      where: { status: "FAILED", errorCount: { gt: 0 } },
    });
    const history = await api.execute<{ importJobs: { totalCount: number; nodes: { id: string }[] } }>(
      "query History($first: Int!) { importJobs(first: $first) { totalCount nodes { id kind status } } }",
      { first: 100 },
      reader.viewer,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.importJobs.totalCount).toBe(await api.prisma.importJob.count());
    const errors = await api.execute<{ importErrors: { totalCount: number } }>(
      "query Errors($id: ID!) { importErrors(importId: $id, first: 10) { totalCount } }",
      { id: failed.id },
      reader.viewer,
    );
    expect(errors.data?.importErrors.totalCount).toBe(
      await api.prisma.importRowError.count({ where: { importJobId: failed.id } }),
    );
    const csv = await fetch(`${api.url}/imports/${failed.id}/errors.csv`, {
      headers: { cookie: reader.cookie },
    });
    expect(csv.status).toBe(200);
    expect((await csv.text()).split("\n")[0]).toBe("row,column,message");
    const preview = await api.execute(
      "query P($id: ID!) { previewImport(importId: $id) { columns } }",
      { id: failed.id },
      reader.viewer,
    );
    expect(preview.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  itOnServer(
    "leaves nothing behind when the database connection of a running import is killed",
    "it kills the import's backend with pg_terminate_backend; the embedded PGlite has one session and no backends (its session server's rollback of a leaving connection is tested in packages/database)",
    async () => {
      const before = await api.prisma.customer.count();
      const rows = Array.from(
        { length: 60_000 },
        (_, index) => `k${index},k${index}@example.com,Killed ${index}`,
      );
      const uploaded = await upload(["external_id,email,name", ...rows].join("\n"), { kind: "CUSTOMERS" });
      const id = uploaded.body.importJob?.id as string;
      expect((await api.execute(startMutation, { id }, owner.viewer)).errors).toBeUndefined();
      let terminated = 0;
      for (let attempt = 0; attempt < 400 && terminated === 0; attempt += 1) {
        const killed = await api.prisma.$queryRaw<{ pid: number }[]>`
        SELECT pg_terminate_backend(pid)::int AS pid FROM pg_stat_activity
        WHERE application_name = 'seglens-import' AND datname = current_database() AND state <> 'idle'`;
        terminated = killed.length;
        if (terminated === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(terminated).toBe(1);
      let job = await api.prisma.importJob.findUniqueOrThrow({ where: { id } });
      for (let attempt = 0; attempt < 200 && job.status !== "FAILED"; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await api.prisma.importJob.findUniqueOrThrow({ where: { id } });
      }
      expect(job).toMatchObject({ status: "FAILED", createdCount: 0 });
      expect(job.errorMessage).toMatch(/^The import stopped: .* Nothing was imported\.$/);
      expect(await api.prisma.customer.count()).toBe(before);
    },
  );

  it("moves an order to another customer and adds a line to a stored order, keeping both customers' totals right", async () => {
    const csv = [
      "order_id,customer_id,ordered_at,sku,quantity,unit_price",
      "t1,c1,2024-08-01T00:00:00Z,MUG,1,10",
      "t2,c1,2024-08-02T00:00:00Z,MUG,1,5",
    ].join("\n");
    expect((await runImport(csv, { kind: "ORDERS" })).job.status).toBe("SUCCEEDED");
    const totals = async (externalId: string) => {
      const customer = await api.prisma.customer.findUniqueOrThrow({ where: { externalId } });
      return { orders: customer.orderCount, spent: customer.totalSpent.toNumber() };
    };
    const c1 = await totals("c1");
    const c2 = await totals("c2");
    // t1 moves to c2 with 3 mugs instead of 1; t2 gets a second line.
    const changed = [
      "order_id,customer_id,ordered_at,sku,quantity,unit_price",
      "t1,c2,2024-08-01T00:00:00Z,MUG,3,10",
      "t2,c1,2024-08-02T00:00:00Z,MUG,1,5",
      "t2,c1,2024-08-02T00:00:00Z,TEA,2,3",
    ].join("\n");
    const result = await runImport(changed, { kind: "ORDERS" });
    expect(result.job).toMatchObject({
      status: "SUCCEEDED",
      createdCount: 1,
      updatedCount: 1,
      skippedCount: 1,
    });
    expect((await api.prisma.order.findUniqueOrThrow({ where: { externalId: "t2" } })).total.toNumber()).toBe(
      11,
    ); // 5 + 2 × 3
    expect((await api.prisma.order.findUniqueOrThrow({ where: { externalId: "t1" } })).total.toNumber()).toBe(
      30,
    );
    expect(await totals("c1")).toEqual({ orders: c1.orders - 1, spent: c1.spent - 10 + 6 });
    expect(await totals("c2")).toEqual({ orders: c2.orders + 1, spent: c2.spent + 30 });
  });

  itOnServer(
    "marks an import left running by a stopped process as FAILED at start-up, but not one still running",
    "its second half holds an advisory lock in one session while another checks it; on the embedded PGlite the check waits for the holding transaction",
    async () => {
      const stale = await api.prisma.importJob.create({
        data: {
          kind: "CUSTOMERS",
          status: "IMPORTING",
          fileName: "x.csv",
          fileSha256: "a".repeat(64),
          fileSize: 1,
        },
      });
      const count = await failInterruptedImports({ prisma: api.prisma, logger: createLogger("silent") });
      expect(count).toBe(1);
      expect(await api.prisma.importJob.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({
        status: "FAILED",
        errorMessage: interruptedMessage,
      });

      const live = await api.prisma.importJob.create({
        data: {
          kind: "CUSTOMERS",
          status: "VALIDATING",
          fileName: "y.csv",
          fileSha256: "b".repeat(64),
          fileSize: 1,
        },
      });
      let release: () => void = () => undefined;
      const holding = api.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${live.id}, 0))`;
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await failInterruptedImports({ prisma: api.prisma, logger: createLogger("silent") })).toBe(0);
      release();
      await holding;
      expect((await api.prisma.importJob.findUniqueOrThrow({ where: { id: live.id } })).status).toBe(
        "VALIDATING",
      );
    },
  );
  itOnServer(
    "fails with a clear message, writing nothing, when another transaction stores one of its customers meanwhile",
    "one session holds an uncommitted customer while the import's session waits on it",
    async () => {
      const other = new Client(parseDatabaseUrl(api.database.databaseUrl));
      await other.connect();
      try {
        await other.query("BEGIN");
        await other.query(`INSERT INTO "Customer" ("externalId", "updatedAt") VALUES ('race-2', now())`);
        const csv = ["external_id,name", "race-1,One", "race-2,Two", "race-3,Three"].join("\n");
        const running = runImportFromCsv({
          api,
          kind: "CUSTOMERS",
          csv,
        });
        // The import's INSERT comes to wait on the other transaction's uncommitted key…
        expect(await importConnectionWaitsFor(api, "transactionid")).toBe(true);
        // …which commits: the import's key is now taken.
        await other.query("COMMIT");
        expect(await running).toMatchObject({
          status: "FAILED",
          createdCount: 0,
          errorMessage:
            "The import stopped: another change stored a row with one of its keys while it ran. Nothing was imported; upload the file again.",
        });
        const stored = await api.prisma.customer.findMany({
          where: { externalId: { startsWith: "race-" } },
          select: { externalId: true, name: true },
        });
        expect(stored).toEqual([{ externalId: "race-2", name: null }]);
      } finally {
        await other.end();
      }
    },
  );
});
