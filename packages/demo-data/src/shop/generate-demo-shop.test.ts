import { PRODUCT_CATALOGUE } from "../catalogue/product-catalogue";
import { DemoDataError } from "../errors";
import { DAY_MS } from "./calendar";
import {
  DEMO_EVENT_TYPES,
  PLANTED_TYPES,
  type DemoCustomerRecord,
  type PlantedType,
} from "./demo-shop.types";
import { generateDemoShop } from "./generate-demo-shop";

const AS_OF = Date.parse("2026-11-01T00:00:00.000Z");
const all = (customers: number, seed = 1) => [...generateDemoShop({ customers, seed }).customers()];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

describe("generateDemoShop", () => {
  const records = all(5000);
  const byType = (type: PlantedType) => records.filter((record) => record.customer.plantedType === type);

  it("gives the same shop for the same seed and another shop for another seed", () => {
    expect(JSON.stringify(all(300, 42))).toBe(JSON.stringify(all(300, 42)));
    const other = all(300, 43);
    expect(other.map((r) => r.customer.email)).not.toEqual(all(300, 42).map((r) => r.customer.email));
  });

  it("streams exactly the asked number of customers, in batches of any size with the same content", () => {
    const shop = generateDemoShop({ customers: 1234, seed: 5 });
    const batches = [...shop.batches(500)];
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 234]);
    expect(JSON.stringify(batches.flat())).toBe(JSON.stringify([...shop.customers()]));
    expect(
      batches
        .flat()
        .map((r) => r.customer.externalId)
        .slice(0, 2),
    ).toEqual(["C0000001", "C0000002"]);
  });

  it("never reads the clock: asOf decides where the history ends", () => {
    const earlier = [...generateDemoShop({ customers: 200, asOf: "2025-01-01" }).customers()];
    const end = Date.parse("2025-01-01T00:00:00.000Z");
    const lastOrder = Math.max(...earlier.flatMap((r) => r.orders.map((o) => o.orderedAt)));
    expect(lastOrder).toBeLessThan(end);
    expect(lastOrder).toBeGreaterThan(end - 30 * DAY_MS);
  });

  it("refuses sizes, seeds and dates it cannot honour", () => {
    const refuse = (options: Parameters<typeof generateDemoShop>[0], message: RegExp) => {
      expect(() => generateDemoShop(options)).toThrow(DemoDataError);
      expect(() => generateDemoShop(options)).toThrow(message);
    };
    refuse({ customers: 199 }, /customers must be a whole number from 200 to 1,000,000, got 199/);
    refuse({ customers: 1_000_001 }, /got 1000001/);
    refuse({ customers: 250.5 }, /got 250.5/);
    refuse({ customers: 200, seed: -1 }, /seed must be a whole number/);
    refuse({ customers: 200, asOf: "2026-02-30" }, /asOf must be a date as yyyy-mm-dd, got "2026-02-30"/);
    refuse({ customers: 200, asOf: new Date("2026-01-01T12:00:00Z") }, /midnight UTC/);
    expect(() => generateDemoShop({ customers: 200 }).batches(0).next()).toThrow(
      /batch size must be a positive whole number/,
    );
  });

  it("has a catalogue of ~90 products in 8 categories with unique SKUs and positive prices", () => {
    const { products } = generateDemoShop({ customers: 200 });
    expect(products.length).toBeGreaterThanOrEqual(60);
    expect(products.length).toBeLessThanOrEqual(150);
    expect(new Set(products.map((p) => p.category)).size).toBe(8);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    for (const product of products) expect(product.priceCents).toBeGreaterThan(0);
  });

  it("produces only values the database constraints accept", () => {
    // Collects problems instead of calling expect() per value: 5,000 customers mean ~10^6 checks.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    const skus = new Set(PRODUCT_CATALOGUE.map((p) => p.sku));
    const emails = new Set<string>();
    const orderIds = new Set<string>();
    const eventKeys = new Set<string>();
    const twoYearsAgo = AS_OF - 730 * DAY_MS;
    for (const { customer, orders, events } of records) {
      const id = customer.externalId;
      check(customer.email === customer.email.trim().toLowerCase(), `${id}: e-mail not normalised`);
      check(/^[a-z]+\.[a-z]+\d+@[a-z.]+$/.test(customer.email), `${id}: e-mail ${customer.email}`);
      emails.add(customer.email);
      check(/^C\d{7}$/.test(id), `${id}: external id`);
      check(customer.income === null || customer.income >= 0, `${id}: income`);
      check(customer.birthDate === null || customer.birthDate >= "1900-01-01", `${id}: birth date`);
      check(/^\d{4}-\d{2}-\d{2}$/.test(customer.signupDate), `${id}: signup date`);
      check(customer.orderCount === orders.length, `${id}: order count`);
      check(
        customer.totalSpentCents === orders.reduce((sum, order) => sum + order.totalCents, 0),
        `${id}: total spent`,
      );
      check(customer.firstOrderAt === (orders[0]?.orderedAt ?? null), `${id}: first order`);
      check(customer.lastOrderAt === (orders.at(-1)?.orderedAt ?? null), `${id}: last order`);
      check(customer.attributes.planted_type === customer.plantedType, `${id}: planted_type attribute`);
      const signup = Date.parse(`${customer.signupDate}T00:00:00.000Z`);
      for (const order of orders) {
        check(!orderIds.has(order.externalId), `${order.externalId}: duplicate id`);
        orderIds.add(order.externalId);
        check(/^[A-Z]{3}$/.test(order.currency), `${order.externalId}: currency`);
        check(
          order.orderedAt >= Math.max(signup, twoYearsAgo) && order.orderedAt < AS_OF,
          `${order.externalId}: time`,
        );
        check(order.lines.length > 0, `${order.externalId}: no lines`);
        check(
          new Set(order.lines.map((line) => line.sku)).size === order.lines.length,
          `${order.externalId}: repeated SKU`,
        );
        let total = 0;
        for (const line of order.lines) {
          check(skus.has(line.sku), `${order.externalId}: unknown SKU ${line.sku}`);
          check(Number.isInteger(line.quantity) && line.quantity > 0, `${order.externalId}: quantity`);
          check(
            Number.isInteger(line.unitPriceCents) && line.unitPriceCents >= 0,
            `${order.externalId}: unit price`,
          );
          total += line.quantity * line.unitPriceCents;
        }
        check(order.totalCents === total, `${order.externalId}: total`);
      }
      for (const event of events) {
        check(DEMO_EVENT_TYPES.includes(event.type), `${id}: event type ${event.type}`);
        check(typeof event.properties === "object" && !Array.isArray(event.properties), `${id}: properties`);
        check(event.occurredAt < AS_OF, `${id}: event after asOf`);
        const key = `${id}|${event.type}|${event.occurredAt}|${JSON.stringify(event.properties)}`;
        check(!eventKeys.has(key), `${id}: duplicate event ${key}`);
        eventKeys.add(key);
      }
      check(
        events.filter((event) => event.type === "purchase").length === orders.length,
        `${id}: purchase events`,
      );
    }
    expect(problems).toEqual([]);
    expect(emails.size).toBe(records.length);
    expect(orderIds.size).toBeGreaterThan(records.length);
  });

  it("plants every customer type with roughly its share and ~60% marketing consent", () => {
    for (const type of PLANTED_TYPES) expect(byType(type).length).toBeGreaterThan(records.length * 0.08);
    const consent = records.filter((r) => r.customer.marketingConsent).length / records.length;
    expect(consent).toBeGreaterThan(0.55);
    expect(consent).toBeLessThan(0.65);
  });

  it("makes the planted types behave distinctly", () => {
    const spend = (list: DemoCustomerRecord[]) => median(list.map((r) => r.customer.totalSpentCents));
    const orders = (list: DemoCustomerRecord[]) => median(list.map((r) => r.orders.length));
    const views = (list: DemoCustomerRecord[]) =>
      median(list.map((r) => r.events.filter((e) => e.type === "view").length));

    expect(spend(byType("loyal_big_spender"))).toBeGreaterThanOrEqual(3 * spend(byType("one_time_buyer")));
    expect(orders(byType("loyal_big_spender"))).toBeGreaterThanOrEqual(10);
    for (const record of byType("loyal_big_spender")) {
      expect(AS_OF - (record.customer.lastOrderAt ?? 0)).toBeLessThanOrEqual(30 * DAY_MS);
    }

    for (const record of byType("one_time_buyer")) expect(record.orders).toHaveLength(1);

    for (const record of byType("lapsed")) {
      expect(record.orders.length).toBeGreaterThanOrEqual(4);
      for (const order of record.orders) expect(order.orderedAt).toBeLessThan(AS_OF - 365 * DAY_MS);
    }

    for (const record of byType("new_customer")) {
      const signup = Date.parse(`${record.customer.signupDate}T00:00:00.000Z`);
      expect(AS_OF - signup).toBeLessThan(60 * DAY_MS);
      expect(AS_OF - signup).toBeGreaterThan(0);
    }

    // Bargain hunters: many small, mostly discounted orders.
    const hunters = byType("bargain_hunter");
    expect(orders(hunters)).toBeGreaterThanOrEqual(6);
    const hunterOrderValue = median(hunters.flatMap((r) => r.orders.map((o) => o.totalCents)));
    const loyalOrderValue = median(
      byType("loyal_big_spender").flatMap((r) => r.orders.map((o) => o.totalCents)),
    );
    expect(hunterOrderValue * 3).toBeLessThan(loyalOrderValue);
    const discountShare = (list: DemoCustomerRecord[]) => {
      const prices = new Map(PRODUCT_CATALOGUE.map((p) => [p.sku, p.priceCents]));
      const lines = list.flatMap((r) => r.orders.flatMap((o) => o.lines));
      return lines.filter((line) => line.unitPriceCents < (prices.get(line.sku) ?? 0)).length / lines.length;
    };
    expect(discountShare(hunters)).toBeGreaterThan(0.7);
    expect(discountShare(byType("loyal_big_spender"))).toBeLessThan(0.1);

    // Window shoppers: the most views, hardly any orders.
    const shoppers = byType("window_shopper");
    expect(orders(shoppers)).toBe(0);
    for (const type of PLANTED_TYPES.filter((t) => t !== "window_shopper")) {
      expect(views(shoppers)).toBeGreaterThan(views(byType(type)));
    }
  });

  it("plants buy-together pairs with lift above 2, mostly in their customer types", () => {
    const { plantedPairs } = generateDemoShop({ customers: 200 });
    const baskets = records.flatMap((r) =>
      r.orders.map((o) => ({ type: r.customer.plantedType, skus: new Set(o.lines.map((l) => l.sku)) })),
    );
    for (const pair of plantedPairs) {
      const withA = baskets.filter((b) => b.skus.has(pair.antecedentSku));
      const withB = baskets.filter((b) => b.skus.has(pair.consequentSku));
      const withBoth = withA.filter((b) => b.skus.has(pair.consequentSku));
      const lift = (withBoth.length * baskets.length) / (withA.length * withB.length);
      expect(lift).toBeGreaterThan(2);
      const inPlantedTypes = withBoth.filter((b) => pair.mostlyIn.includes(b.type)).length;
      expect(inPlantedTypes / withBoth.length).toBeGreaterThan(0.5);
    }
  });
});
