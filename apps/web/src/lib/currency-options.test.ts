import { currencyOptions } from "./currency-options";

describe("currencyOptions", () => {
  it("lists the ISO 4217 codes with their names, sorted by code", () => {
    const options = currencyOptions("en-US");
    expect(options.find((option) => option.code === "EUR")).toEqual({ code: "EUR", label: "EUR — Euro" });
    expect(options.find((option) => option.code === "JPY")?.label).toBe("JPY — Japanese Yen");
    const codes = options.map((option) => option.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(codes.length).toBeGreaterThan(100);
  });
});
