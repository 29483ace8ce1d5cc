import { SegmentationError } from "../errors";
import { matrixColumn } from "../matrix";
import type { CustomerFeatureInput, CustomerFeatureTable, OrderRecord } from "./customer-features";
import { extractCustomerFeatures } from "./extract-customer-features";

const DAY = 86_400_000;
const asOf = Date.UTC(2024, 0, 31);
const daysAgo = (days: number): number => asOf - days * DAY;

function order(customerId: string, days: number, total: number, lines?: OrderRecord["lines"]): OrderRecord {
  return { customerId, orderedAt: daysAgo(days), total, lines };
}

// Hand-built: six customers, c has no orders; values below are worked out on paper.
const input: CustomerFeatureInput = {
  asOf: "2024-01-31T00:00:00Z",
  customers: [
    { id: "a", signupDate: "2023-12-01T00:00:00Z" },
    { id: "b" },
    { id: "c", signupDate: new Date(Date.UTC(2024, 0, 1)) },
    { id: "d" },
    { id: "e" },
    { id: "f" },
  ],
  orders: [
    order("a", 30, 100, [
      { sku: "s1", category: "shoes", quantity: 1, unitPrice: 60 },
      { sku: "k1", category: "socks", quantity: 2, unitPrice: 20 },
    ]),
    order("a", 10, 50, [{ sku: "s2", category: "shoes", quantity: 1, unitPrice: 50 }]),
    order("b", 5, 20, [{ sku: "h1", category: "hats", quantity: 1, unitPrice: 20 }]),
    order("d", 40, 10, [{ sku: "k1", category: "socks", quantity: 1, unitPrice: 10 }]),
    order("d", 20, 10, [{ sku: "k1", category: "socks", quantity: 1, unitPrice: 10 }]),
    order("d", 0, 10, [{ sku: "k1", category: "socks", quantity: 1, unitPrice: 10 }]),
    order("e", 100, 500, [{ sku: "s3", category: "shoes", quantity: 1, unitPrice: 500 }]),
    order("f", 60, 5),
    order("f", 50, 5),
    order("stranger", 1, 999),
    // After asOf: ignored everywhere (frequency, monetary, shares).
    order("a", -5, 1000, [{ sku: "x1", category: "hats", quantity: 1, unitPrice: 1000 }]),
  ],
  events: [
    ...[
      "view",
      "view",
      "view",
      "add_to_cart",
      "add_to_cart",
      "purchase",
      "email_open",
      "email_open",
      "email_click",
    ].map((type) => ({ customerId: "a", type, occurredAt: daysAgo(3) })),
    { customerId: "c", type: "email_open", occurredAt: daysAgo(2) },
    { customerId: "c", type: "something_else", occurredAt: daysAgo(2) },
    { customerId: "stranger", type: "view", occurredAt: daysAgo(2) },
    { customerId: "a", type: "view", occurredAt: daysAgo(-1) },
  ],
};

function column(table: CustomerFeatureTable, name: string): number[] {
  const j = table.names.indexOf(name);
  if (j < 0) throw new Error(`no column ${name}`);
  return Array.from(matrixColumn(table.values, j));
}

describe("extractCustomerFeatures", () => {
  const table = extractCustomerFeatures(input, { topCategories: 2 });

  it("gives the row of each order's customer (-1 for the stranger; after-asOf orders keep theirs)", () => {
    expect(Array.from(table.orderRows ?? [])).toEqual([0, 0, 1, 3, 3, 3, 4, 5, 5, -1, 0]);
  });

  it("keeps no order rows for dense integer ids (look-ups are array reads) and gives the same features", () => {
    const idOf = new Map(input.customers.map((customer, i) => [customer.id, i]));
    const numeric = extractCustomerFeatures(
      {
        ...input,
        customers: input.customers.map((customer, i) => ({ ...customer, id: i })),
        orders: input.orders.map((order) => ({ ...order, customerId: idOf.get(order.customerId) ?? 99 })),
        events: input.events?.map((event) => ({ ...event, customerId: idOf.get(event.customerId) ?? 99 })),
      },
      { topCategories: 2 },
    );
    expect(numeric.orderRows).toBeNull();
    expect(numeric.names).toEqual(table.names);
    expect(Array.from(numeric.values.data)).toEqual(Array.from(table.values.data));
  });

  it("lists columns in the documented order with their kinds", () => {
    expect(table.ids).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(table.names).toEqual([
      "recency_days",
      "frequency",
      "monetary",
      "r_score",
      "f_score",
      "m_score",
      "avg_order_value",
      "tenure_days",
      "mean_days_between_orders",
      "share_shoes",
      "share_socks",
      "share_other",
      "views",
      "searches",
      "add_to_carts",
      "purchases",
      "email_opens",
      "email_clicks",
      "cart_to_purchase_rate",
      "email_click_rate",
    ]);
    expect(table.kinds.slice(0, 9)).toEqual([
      "days",
      "count",
      "money",
      "score",
      "score",
      "score",
      "money",
      "days",
      "days",
    ]);
    expect(table.values.rows).toBe(6);
    expect(table.values.cols).toBe(20);
  });

  it("computes recency, frequency, monetary, average order value, tenure and gaps", () => {
    expect(column(table, "recency_days")).toEqual([10, 5, NaN, 0, 100, 50]);
    expect(column(table, "frequency")).toEqual([2, 1, 0, 3, 1, 2]);
    expect(column(table, "monetary")).toEqual([150, 20, 0, 30, 500, 10]);
    expect(column(table, "avg_order_value")).toEqual([75, 20, NaN, 10, 500, 5]);
    // a: signup 2023-12-01 = 61 days; b, d, e, f: first order; c: signup 2024-01-01 = 30 days.
    expect(column(table, "tenure_days")).toEqual([61, 5, 30, 40, 100, 60]);
    expect(column(table, "mean_days_between_orders")).toEqual([20, NaN, NaN, 20, NaN, 10]);
  });

  it("scores R, F and M by quintiles of the customers who ordered (recency reversed)", () => {
    // recency cuts over [0,5,10,50,100] = 4, 8, 26, 60; frequency over [1,1,2,2,3] = 1, 1.6, 2, 2.2;
    // monetary over [10,20,30,150,500] = 18, 26, 78, 220.
    expect(column(table, "r_score")).toEqual([3, 4, NaN, 5, 1, 2]);
    expect(column(table, "f_score")).toEqual([3, 1, NaN, 5, 1, 3]);
    expect(column(table, "m_score")).toEqual([4, 2, NaN, 3, 5, 1]);
  });

  it("shares spend among the top categories and an other bucket", () => {
    // shoes 610, socks 70, hats 20 overall: top two are shoes, socks; hats goes to other.
    expect(column(table, "share_shoes")).toEqual([110 / 150, 0, NaN, 0, 1, NaN]);
    expect(column(table, "share_socks")).toEqual([40 / 150, 0, NaN, 1, 0, NaN]);
    expect(column(table, "share_other")).toEqual([0, 1, NaN, 0, 0, NaN]);
  });

  it("counts events and derives conversion rates, ignoring unknown types and customers", () => {
    expect(column(table, "views")).toEqual([3, 0, 0, 0, 0, 0]);
    expect(column(table, "add_to_carts")).toEqual([2, 0, 0, 0, 0, 0]);
    expect(column(table, "email_opens")).toEqual([2, 0, 1, 0, 0, 0]);
    expect(column(table, "cart_to_purchase_rate")).toEqual([0.5, NaN, NaN, NaN, NaN, NaN]);
    expect(column(table, "email_click_rate")).toEqual([0.5, NaN, 0, NaN, NaN, NaN]);
  });

  it("fills undefined features with undefinedValue and omits absent sections", () => {
    const finite = extractCustomerFeatures(
      { ...input, events: undefined },
      { undefinedValue: 0, topCategories: 5 },
    );
    expect(finite.names).not.toContain("views");
    expect(finite.names.filter((name) => name.startsWith("share_"))).toEqual([
      "share_shoes",
      "share_socks",
      "share_hats",
    ]);
    expect(finite.values.data.every(Number.isFinite)).toBe(true);
    expect(column(finite, "r_score")).toEqual([3, 4, 0, 5, 1, 2]);
    const plain = extractCustomerFeatures({
      ...input,
      orders: input.orders.map(({ lines: _lines, ...rest }) => rest),
    });
    expect(plain.names.some((name) => name.startsWith("share_"))).toBe(false);
  });

  it("rejects bad input with clear typed errors", () => {
    const expectError = (run: () => unknown, code: string, pattern: RegExp) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(SegmentationError);
        expect((error as SegmentationError).code).toBe(code);
        expect((error as SegmentationError).message).toMatch(pattern);
        return;
      }
      throw new Error("expected an error");
    };
    expectError(
      () => extractCustomerFeatures({ ...input, asOf: "not a date" }),
      "INVALID_INPUT",
      /asOf is not a valid date/,
    );
    expectError(
      () => extractCustomerFeatures({ ...input, customers: [{ id: 1 }, { id: 1 }] }),
      "INVALID_INPUT",
      /customer id 1 appears twice/,
    );
    expectError(
      () => extractCustomerFeatures(input, { unknownCustomer: "error" }),
      "INVALID_INPUT",
      /order 9 belongs to unknown customer stranger/,
    );
    expectError(
      () =>
        extractCustomerFeatures({
          ...input,
          events: [{ customerId: "a", type: "view", occurredAt: "later" }],
        }),
      "INVALID_INPUT",
      /event 0 occurredAt is not a valid date: later/,
    );
    expectError(
      () =>
        extractCustomerFeatures({
          ...input,
          orders: [{ customerId: "a", orderedAt: asOf, total: Number.NaN }],
        }),
      "NON_NUMERIC_VALUE",
      /order 0 total/,
    );
    expectError(
      () =>
        extractCustomerFeatures({
          ...input,
          orders: [{ customerId: "a", orderedAt: "yesterday", total: 1 }],
        }),
      "INVALID_INPUT",
      /order 0 orderedAt is not a valid date/,
    );
    expectError(
      () => extractCustomerFeatures(input, { topCategories: -1 }),
      "INVALID_OPTION",
      /topCategories/,
    );
  });
});
