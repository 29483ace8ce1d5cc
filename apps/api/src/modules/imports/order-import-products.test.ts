import type { ImportJob, ImportMode } from "@seglens/database";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { runImportFromCsv } from "./test-fixtures/run-import-from-csv";

const header = "order_id,customer_id,ordered_at,sku,quantity,unit_price,product_name,category";
/** SKU-C's first line is invalid (quantity 0): the product takes the fields of its first valid line. */
const ordersCsv = [
  header,
  "O1,C1,2024-03-01T10:00:00Z,SKU-B,1,5.00,B first,Cat one",
  "O2,C2,2024-03-02T10:00:00Z,SKU-A,2,3.50,A first,Cat two",
  "O2,C2,2024-03-02T10:00:00Z,SKU-C,0,1.00,C invalid,Cat three",
  "O3,C1,2024-03-03T10:00:00Z,SKU-B,3,7.00,B later,Cat later",
  "O3,C1,2024-03-03T10:00:00Z,SKU-OLD,1,12.00,Renamed,Cat later",
  "O3,C1,2024-03-03T10:00:00Z,SKU-C,4,2.25,C second,Cat four",
  "O4,C2,2024-03-04T10:00:00Z,SKU-A,1,4.00,A later,",
].join("\n");

describe("order import: the products of new SKUs", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
    await api.prisma.customer.createMany({
      data: [
        { externalId: "C1", email: "c1@example.com" },
        { externalId: "C2", email: "c2@example.com" },
      ],
    });
    await api.prisma.product.create({
      data: { sku: "SKU-OLD", name: "Old name", category: "Old category", price: 9 },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  const runOrdersImport = (csv: string, mode: ImportMode): Promise<ImportJob> =>
    runImportFromCsv({ api, kind: "ORDERS", mode, csv });

  async function readProducts() {
    const products = await api.prisma.product.findMany({
      orderBy: { sku: "asc" },
      select: { id: true, sku: true, name: true, category: true, price: true },
    });
    return products.map((product) => ({ ...product, price: product.price.toFixed(2) }));
  }

  async function readOrders() {
    const orders = await api.prisma.order.findMany({
      orderBy: { externalId: "asc" },
      select: {
        externalId: true,
        total: true,
        customer: { select: { externalId: true } },
        lines: { orderBy: { sku: "asc" }, select: { sku: true, quantity: true, productId: true } },
      },
    });
    return orders.map((order) => ({ ...order, total: order.total.toFixed(2) }));
  }

  it("names a new SKU after its first valid line, leaves stored products alone, and a re-upload changes nothing", async () => {
    const all = await runOrdersImport(ordersCsv, "ALL_OR_NOTHING");
    expect(all).toMatchObject({ status: "FAILED", errorCount: 1, createdCount: 0 });
    expect((await readProducts()).map((product) => product.sku)).toEqual(["SKU-OLD"]);

    const first = await runOrdersImport(ordersCsv, "VALID_ROWS_ONLY");
    expect(first).toMatchObject({ status: "SUCCEEDED", errorCount: 1, createdCount: 6, updatedCount: 0 });
    const products = await readProducts();
    expect(products.map(({ sku, name, category, price }) => ({ sku, name, category, price }))).toEqual([
      { sku: "SKU-A", name: "A first", category: "Cat two", price: "3.50" },
      { sku: "SKU-B", name: "B first", category: "Cat one", price: "5.00" },
      { sku: "SKU-C", name: "C second", category: "Cat four", price: "2.25" },
      { sku: "SKU-OLD", name: "Old name", category: "Old category", price: "9.00" },
    ]);
    const ids = new Map(products.map((product) => [product.sku, product.id]));
    const orders = await readOrders();
    expect(orders).toEqual([
      {
        externalId: "O1",
        total: "5.00",
        customer: { externalId: "C1" },
        lines: [{ sku: "SKU-B", quantity: 1, productId: ids.get("SKU-B") }],
      },
      {
        externalId: "O2",
        total: "7.00",
        customer: { externalId: "C2" },
        lines: [{ sku: "SKU-A", quantity: 2, productId: ids.get("SKU-A") }],
      },
      {
        externalId: "O3",
        total: "42.00",
        customer: { externalId: "C1" },
        lines: [
          { sku: "SKU-B", quantity: 3, productId: ids.get("SKU-B") },
          { sku: "SKU-C", quantity: 4, productId: ids.get("SKU-C") },
          { sku: "SKU-OLD", quantity: 1, productId: ids.get("SKU-OLD") },
        ],
      },
      {
        externalId: "O4",
        total: "4.00",
        customer: { externalId: "C2" },
        lines: [{ sku: "SKU-A", quantity: 1, productId: ids.get("SKU-A") }],
      },
    ]);

    const again = await runOrdersImport(ordersCsv, "VALID_ROWS_ONLY");
    expect(again).toMatchObject({ status: "SUCCEEDED", createdCount: 0, updatedCount: 0, skippedCount: 6 });
    expect(await readProducts()).toEqual(products);
    expect(await readOrders()).toEqual(orders);
    const customers = await api.prisma.customer.findMany({
      orderBy: { externalId: "asc" },
      select: { externalId: true, orderCount: true, totalSpent: true },
    });
    expect(
      customers.map((customer) => ({ ...customer, totalSpent: customer.totalSpent.toFixed(2) })),
    ).toEqual([
      { externalId: "C1", orderCount: 2, totalSpent: "47.00" },
      { externalId: "C2", orderCount: 2, totalSpent: "11.00" },
    ]);
  });
});
