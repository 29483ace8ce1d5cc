import { copyTextLine } from "./copy-text-line";

describe("copyTextLine", () => {
  it("writes NULL as \\N, booleans as t/f and numbers as digits", () => {
    expect(copyTextLine([1, null, true, false, 12.5, "Ann"])).toBe("1\t\\N\tt\tf\t12.5\tAnn\n");
  });

  it("escapes backslash, tab, CR and LF so a cell cannot split a row or a column", () => {
    expect(copyTextLine(["a\\b", "c\td", "e\r\nf"])).toBe("a\\\\b\tc\\td\te\\r\\nf\n");
    // The literal two characters \N in a cell stay text, not NULL.
    expect(copyTextLine(["\\N"])).toBe("\\\\N\n");
  });
});
