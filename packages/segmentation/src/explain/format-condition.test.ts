import { describeCategories, describeRange, formatNumber } from "./format-condition";

describe("formatting conditions for people", () => {
  it("formats numbers with 4 significant digits and thousands separators", () => {
    expect(formatNumber(2.45)).toBe("2.45");
    expect(formatNumber(0.8000000000000002)).toBe("0.8");
    expect(formatNumber(1234.5678)).toBe("1235");
    expect(formatNumber(12500.4)).toBe("12,500");
    expect(formatNumber(-1500000)).toBe("-1,500,000");
    expect(formatNumber(0.000123456)).toBe("0.0001235");
  });

  it("turns half-integer thresholds of whole-number features into whole bounds", () => {
    const orders = { name: "orders", kind: "numeric" as const, integer: true };
    expect(describeRange(orders, 5.5, undefined)).toBe("orders ≥ 6");
    expect(describeRange(orders, undefined, 5.5)).toBe("orders ≤ 5");
    expect(describeRange(orders, 19.5, 34.5)).toBe("20 ≤ orders ≤ 34");
    expect(describeRange(orders, 2.5, 3.5)).toBe("orders = 3");
    const spend = { name: "spend", kind: "numeric" as const, integer: false };
    expect(describeRange(spend, 20.25, 35.5)).toBe("20.25 < spend ≤ 35.5");
    expect(describeRange(spend, 20.25, undefined)).toBe("spend > 20.25");
  });

  it("lists allowed categories, or the excluded ones when that is shorter", () => {
    const city = {
      name: "city",
      kind: "categorical" as const,
      categories: ["Paris", "Lyon", "Nice", "Lille"],
    };
    expect(describeCategories(city, ["Paris", "Lyon"])).toBe("city is Paris or Lyon");
    expect(describeCategories(city, ["Nice"])).toBe("city is Nice");
    expect(describeCategories(city, ["Paris", "Lyon", "Lille"])).toBe("city is not Nice");
    const five = { ...city, categories: [...city.categories, "Metz", "Caen"] };
    expect(describeCategories(five, ["Paris", "Lyon", "Lille", "Metz"])).toBe("city is none of Nice, Caen");
  });
});
