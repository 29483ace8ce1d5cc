import { parse } from "csv-parse/sync";
import { csvField, csvLine, formatCents } from "./format-csv";

describe("csvField / csvLine", () => {
  it("quotes only fields with commas, quotes or line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Müller, Anna")).toBe('"Müller, Anna"');
    expect(csvField('Robert "Rob" Smith')).toBe('"Robert ""Rob"" Smith"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("")).toBe("");
  });

  it("writes lines csv-parse reads back to the same fields", () => {
    const rows = [
      ["a", "", 'say "hi", then go', "line\r\nbreak", '{"sku":"X-1"}'],
      ["O'Brien", "Lefèvre", ",", '"', "end"],
    ];
    const text = rows.map(csvLine).join("");
    expect(text.endsWith("\n")).toBe(true);
    expect(parse(text)).toEqual(rows);
  });
});

describe("formatCents", () => {
  it("writes integer cents as a decimal with two places", () => {
    expect(formatCents(0)).toBe("0.00");
    expect(formatCents(5)).toBe("0.05");
    expect(formatCents(2990)).toBe("29.90");
    expect(formatCents(123456789)).toBe("1234567.89");
  });
});
