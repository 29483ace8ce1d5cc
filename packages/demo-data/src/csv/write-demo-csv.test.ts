import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { generateDemoShop } from "../shop/generate-demo-shop";
import { formatCents } from "./format-csv";
import { CUSTOMER_COLUMNS, EVENT_COLUMNS, ORDER_COLUMNS, PRODUCT_COLUMNS } from "./demo-csv-rows";
import { writeDemoCsv } from "./write-demo-csv";

type Row = Record<string, string>;

describe("writeDemoCsv", () => {
  const shop = generateDemoShop({ customers: 600, seed: 9 });
  const records = [...shop.customers()];
  let directory: string;
  let files: Record<"customers" | "products" | "orders" | "events", { header: string; rows: Row[] }>;
  let counts: Awaited<ReturnType<typeof writeDemoCsv>>;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "demo-csv-"));
    counts = await writeDemoCsv({ shop, directory, batchSize: 128 });
    const read = async (name: string) => {
      const text = await readFile(path.join(directory, `${name}.csv`), "utf8");
      return { header: text.slice(0, text.indexOf("\n")), rows: parse(text, { columns: true }) as Row[] };
    };
    files = {
      customers: await read("customers"),
      products: await read("products"),
      orders: await read("orders"),
      events: await read("events"),
    };
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("writes the headers of the import contract", () => {
    expect(files.customers.header).toBe(
      "external_id,email,name,gender,birth_date,city,country,occupation,income,signup_date,marketing_consent,planted_type,acquisition_channel,preferred_device",
    );
    expect(files.customers.header).toBe(CUSTOMER_COLUMNS.join(","));
    expect(files.products.header).toBe(PRODUCT_COLUMNS.join(","));
    expect(files.products.header).toBe("sku,name,category,price");
    expect(files.orders.header).toBe("order_id,customer_id,ordered_at,sku,quantity,unit_price,currency");
    expect(files.orders.header).toBe(ORDER_COLUMNS.join(","));
    expect(files.events.header).toBe("customer_id,type,occurred_at,properties");
    expect(files.events.header).toBe(EVENT_COLUMNS.join(","));
  });

  it("returns counts equal to the rows in the files and to the generated records", () => {
    const orders = records.flatMap((r) => r.orders);
    expect(counts).toEqual({
      products: shop.products.length,
      customers: 600,
      orders: orders.length,
      orderLines: orders.reduce((sum, o) => sum + o.lines.length, 0),
      events: records.reduce((sum, r) => sum + r.events.length, 0),
    });
    expect(files.customers.rows).toHaveLength(counts.customers);
    expect(files.products.rows).toHaveLength(counts.products);
    expect(files.orders.rows).toHaveLength(counts.orderLines);
    expect(files.events.rows).toHaveLength(counts.events);
  });

  it("round-trips customers, including names with commas and quotes", () => {
    const expected = records.map(({ customer: c }) => ({
      external_id: c.externalId,
      email: c.email,
      name: c.name,
      gender: c.gender ?? "",
      birth_date: c.birthDate ?? "",
      city: c.city,
      country: c.country,
      occupation: c.occupation ?? "",
      income: c.income === null ? "" : String(c.income),
      signup_date: c.signupDate,
      marketing_consent: String(c.marketingConsent),
      planted_type: c.plantedType,
      acquisition_channel: c.attributes.acquisition_channel,
      preferred_device: c.attributes.preferred_device,
    }));
    expect(files.customers.rows).toEqual(expected);
    const names = files.customers.rows.map((row) => row.name);
    expect(names.some((name) => name.includes(","))).toBe(true);
    expect(names.some((name) => name.includes('"'))).toBe(true);
  });

  it("round-trips products, order lines and events", () => {
    expect(files.products.rows).toEqual(
      shop.products.map((p) => ({
        sku: p.sku,
        name: p.name,
        category: p.category,
        price: formatCents(p.priceCents),
      })),
    );
    expect(files.products.rows.some((row) => row.name.includes('"'))).toBe(true);

    const expectedLines = records.flatMap(({ customer, orders }) =>
      orders.flatMap((order) =>
        order.lines.map((line) => ({
          order_id: order.externalId,
          customer_id: customer.externalId,
          ordered_at: new Date(order.orderedAt).toISOString(),
          sku: line.sku,
          quantity: String(line.quantity),
          unit_price: formatCents(line.unitPriceCents),
          currency: order.currency,
        })),
      ),
    );
    expect(files.orders.rows).toEqual(expectedLines);

    const expectedEvents = records.flatMap(({ customer, events }) =>
      events.map((event) => ({
        customer_id: customer.externalId,
        type: event.type,
        occurred_at: new Date(event.occurredAt).toISOString(),
        properties: JSON.stringify(event.properties),
      })),
    );
    expect(files.events.rows).toEqual(expectedEvents);
  });

  it("writes values in the documented formats", () => {
    for (const row of files.orders.rows) {
      expect(row.ordered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(row.unit_price).toMatch(/^\d+\.\d{2}$/);
    }
    for (const row of files.events.rows) {
      expect(["view", "search", "add_to_cart", "purchase", "email_open", "email_click"]).toContain(row.type);
      expect(typeof JSON.parse(row.properties)).toBe("object");
    }
    // An order's total is the sum of quantity × unit price over its lines.
    const totals = new Map<string, number>();
    for (const row of files.orders.rows) {
      totals.set(
        row.order_id,
        (totals.get(row.order_id) ?? 0) + Number(row.quantity) * Math.round(Number(row.unit_price) * 100),
      );
    }
    const generatedTotals = new Map(
      records.flatMap((r) => r.orders.map((o) => [o.externalId, o.totalCents] as const)),
    );
    expect(totals).toEqual(generatedTotals);
  });

  it("reports a directory it cannot create", async () => {
    const blocker = path.join(directory, "customers.csv");
    await expect(writeDemoCsv({ shop, directory: path.join(blocker, "sub") })).rejects.toThrow(
      /ENOTDIR|EEXIST/,
    );
  });
});
