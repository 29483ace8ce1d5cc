import { formatCsvRow, neutraliseCell, quoteCell } from "./format-csv-row";

describe("formatCsvRow", () => {
  it("writes numbers as they are and text cells neutralised", () => {
    expect(formatCsvRow(["a,b", 'say "hi"', null, 1.5, "+1", "-x", "@sum", "\tx", "plain"])).toBe(
      `"a,b","say ""hi""",,1.5,'+1,'-x,'@sum,'\tx,plain\r\n`,
    );
    expect(formatCsvRow([-3])).toBe("-3\r\n");
  });

  it("prefixes a quote to cells a spreadsheet would read as formulas", () => {
    expect(["=1+1", "+33 6", "-5", "@SUM(A1)", "\tx", "\rx"].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+33 6",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(["a=b", "", "x-1", " =1"].map(neutraliseCell)).toEqual(["a=b", "", "x-1", " =1"]);
  });

  it("quotes cells with commas, quotes and line breaks and doubles quotes", () => {
    expect(quoteCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(quoteCell("two\nlines")).toBe('"two\nlines"');
    expect(quoteCell("plain")).toBe("plain");
  });

  it("neutralises before quoting and ends lines with CRLF", () => {
    expect(formatCsvRow(['=HYPERLINK("http://x","y")', null, "a,b"])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",,"a,b"\r\n`,
    );
  });
});
