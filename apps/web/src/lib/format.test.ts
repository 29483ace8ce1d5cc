import {
  formatCurrency,
  formatDate,
  formatDuration,
  formatInteger,
  formatNumber,
  formatPercent,
  humaniseName,
} from "./format";

describe("format", () => {
  it("writes money with the currency's sign, cents (the currency's minor unit) only below 1,000", () => {
    expect(formatCurrency(1234.56, "USD", "en-US")).toBe("$1,235");
    expect(formatCurrency(12.5, "USD", "en-US")).toBe("$12.50");
    expect(formatCurrency(12.5, "EUR", "de-DE")).toBe("12,50\u00a0€");
    expect(formatCurrency(1800, "EUR", "en-US")).toBe("€1,800");
    expect(formatCurrency(3.5, "JPY", "en-US")).toBe("¥4");
  });

  it("groups thousands and rounds", () => {
    expect(formatInteger(1234567.4, "en-US")).toBe("1,234,567");
    expect(formatNumber(3.14159, 2, "en-US")).toBe("3.14");
  });

  it("shows shares as percentages with a decimal only for small ones", () => {
    expect(formatPercent(0.256, "en-US")).toBe("26%");
    expect(formatPercent(0.0456, "en-US")).toBe("4.6%");
    expect(formatPercent(1, "en-US")).toBe("100%");
  });

  it("prints dates in UTC and a dash for missing or broken ones", () => {
    expect(formatDate("2024-03-05T23:30:00Z", "en-US")).toBe("Mar 5, 2024");
    expect(formatDate(null, "en-US")).toBe("—");
    expect(formatDate("not a date", "en-US")).toBe("—");
  });

  it("says how long a job took", () => {
    expect(formatDuration(3.21, "en-US")).toBe("3.2 s");
    expect(formatDuration(245)).toBe("4 min 05 s");
    expect(formatDuration(-1)).toBe("—");
  });

  it("turns feature names into words", () => {
    expect(humaniseName("avg_order_value")).toBe("Avg order value");
    expect(humaniseName("ADD_TO_CART")).toBe("Add to cart");
    expect(humaniseName("lastOrderAt")).toBe("Last order at");
  });
});
