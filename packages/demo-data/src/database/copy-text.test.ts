import { copyTextLine, copyTextValue } from "./copy-text";

describe("copyTextValue", () => {
  it("writes NULL as \\N and numbers and booleans as their text", () => {
    expect([null, 42, 0, true, false, "29.90"].map(copyTextValue)).toEqual([
      "\\N",
      "42",
      "0",
      "true",
      "false",
      "29.90",
    ]);
  });

  it("escapes the characters that would end a column or a row, and the backslash itself", () => {
    expect(copyTextValue("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    // A JSON string with an escaped quote keeps its backslash once COPY has read it back.
    expect(copyTextValue('{"name":"say \\"hi\\""}')).toBe('{"name":"say \\\\"hi\\\\""}');
  });

  it("leaves ordinary text, quotes and the literal two characters \\N in a name intact apart from the backslash", () => {
    expect(copyTextValue("O'Brien, Zoë")).toBe("O'Brien, Zoë");
    expect(copyTextValue("\\N")).toBe("\\\\N");
  });
});

describe("copyTextLine", () => {
  it("joins the values with tabs and ends the line", () => {
    expect(copyTextLine([1, "C0000001", null, true])).toBe("1\tC0000001\t\\N\ttrue\n");
  });
});
