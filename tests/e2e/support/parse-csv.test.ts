import { parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("splits rows and fields, with or without a final newline, skipping blank lines", () => {
    expect(parseCsv("id,name\n1,a\n2,b\n")).toEqual([
      ["id", "name"],
      ["1", "a"],
      ["2", "b"],
    ]);
    expect(parseCsv("id,name\r\n1,a\r\n\r\n2,")).toEqual([
      ["id", "name"],
      ["1", "a"],
      ["2", ""],
    ]);
    expect(parseCsv("")).toEqual([]);
  });

  it("keeps quoted commas, doubled quotes and line breaks inside one field", () => {
    expect(parseCsv('id,note\n1,"a, b"\n2,"say ""hi""\nthen leave"\n')).toEqual([
      ["id", "note"],
      ["1", "a, b"],
      ["2", 'say "hi"\nthen leave'],
    ]);
  });
});
