import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SegmentationError } from "../errors";
import { matrixToRows } from "../matrix";
import { parseNumericCsv, readNumericCsv } from "./read-numeric-csv";

function errorOf(run: () => unknown): SegmentationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SegmentationError) return error;
    throw error;
  }
  throw new Error("expected a SegmentationError");
}

describe("parseNumericCsv", () => {
  it("reads numbers straight into a matrix and keeps text columns as text", () => {
    const csv = parseNumericCsv("id,name,age,spend\n1,Ann,34,12.5\n2,Bob,-7,0.25\n3,Cy,+2,1e3\n", {
      exclude: ["id"],
    });
    expect(csv.header).toEqual(["id", "name", "age", "spend"]);
    expect(csv.rowCount).toBe(3);
    expect(csv.features).toEqual(["age", "spend"]);
    expect(matrixToRows(csv.matrix)).toEqual([
      [34, 12.5],
      [-7, 0.25],
      [2, 1000],
    ]);
    expect(csv.textColumns).toEqual({ name: ["Ann", "Bob", "Cy"] });
    expect(csv.numericColumns).toEqual(["id", "age", "spend"]);
    expect(Array.from(csv.table.data.subarray(0, 4))).toEqual([1, NaN, 34, 12.5]);
  });

  it("parses every number exactly as Number() does", () => {
    const texts = [
      "0.1",
      "-0.3",
      "123456.789012",
      "3.14159265358979",
      "1234567890123456789",
      ".5",
      "7.",
      "2.5E-3",
      "-0",
    ];
    const csv = parseNumericCsv(`x\n${texts.join("\n")}`);
    expect(Array.from(csv.matrix.data)).toEqual(texts.map(Number));
    expect(Object.is(csv.matrix.data[8], -0)).toBe(true);
  });

  it("follows RFC 4180: quotes, escaped quotes, commas and newlines in quotes, BOM, CRLF", () => {
    const text =
      '\uFEFF"id","note",value\r\n1,"says ""hi"", twice",1.5\r\n2,"two\r\nlines"," 2 "\r\n\r\n3,,3\r\n';
    const csv = parseNumericCsv(text, { exclude: ["id"] });
    expect(csv.header).toEqual(["id", "note", "value"]);
    expect(csv.rowCount).toBe(3);
    expect(csv.features).toEqual(["value"]);
    expect(Array.from(csv.matrix.data)).toEqual([1.5, 2, 3]);
    expect(csv.textColumns.note).toEqual(['says "hi", twice', "two\r\nlines", ""]);
  });

  it("takes the chosen features in the order given and keeps raw text on request", () => {
    const csv = parseNumericCsv("id,a,b\n007,1,2\n008,3,4", { features: ["b", "a"], keepText: ["id"] });
    expect(matrixToRows(csv.matrix)).toEqual([
      [2, 1],
      [4, 3],
    ]);
    expect(csv.textColumns.id).toEqual(["007", "008"]);
  });

  it("names the row and column of a value that is not a number", () => {
    const error = errorOf(() => parseNumericCsv("a,b\n1,2\n3,4\n5,abc\n6,7\n8,9\n"));
    expect(error.code).toBe("NON_NUMERIC_VALUE");
    expect(error.message).toBe('row 3, column "b": "abc" is not a number');
    const explicit = errorOf(() => parseNumericCsv("a,name\n1,x\n2,y", { features: ["a", "name"] }));
    expect(explicit.message).toBe('row 1, column "name": "x" is not a number');
  });

  it("refuses empty feature cells unless missing values are allowed", () => {
    expect(errorOf(() => parseNumericCsv("a,b\n1,2\n3,\n")).message).toBe('row 2, column "b" is empty');
    const csv = parseNumericCsv("a,b\n1,2\n3,\n", { allowMissing: true });
    expect(Array.from(csv.matrix.data)).toEqual([1, 2, 3, NaN]);
  });

  it("rejects malformed files with clear messages", () => {
    expect(errorOf(() => parseNumericCsv("")).message).toMatch(/empty/);
    expect(errorOf(() => parseNumericCsv("a,b\n1,2,3\n")).message).toBe("row 1 has more than 2 fields");
    expect(errorOf(() => parseNumericCsv("a,b,c\n1,2\n")).message).toBe("row 1 has 2 fields, expected 3");
    expect(errorOf(() => parseNumericCsv('a,b\n1,"2\n')).message).toMatch(/never closed/);
    expect(errorOf(() => parseNumericCsv('a,b\n1,"2"x\n')).message).toMatch(/after a closing quote/);
    expect(errorOf(() => parseNumericCsv("a,a\n1,2\n")).message).toMatch(/twice/);
    expect(errorOf(() => parseNumericCsv("a,b\n1,2", { features: ["c"] })).message).toBe(
      'unknown column "c" (columns: a, b)',
    );
    const noNumbers = errorOf(() => parseNumericCsv("name\nAnn\n"));
    expect(noNumbers.code).toBe("NO_NUMERIC_COLUMN");
  });
});

describe("readNumericCsv", () => {
  it("reads a file and reports a missing one in one line", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "read-csv-"));
    const file = path.join(directory, "data.csv");
    writeFileSync(file, "a,b\n1,2\n");
    expect(matrixToRows(readNumericCsv(file).matrix)).toEqual([[1, 2]]);
    expect(errorOf(() => readNumericCsv(path.join(directory, "none.csv"))).message).toMatch(
      /cannot read ".*none.csv": no such file/,
    );
    expect(errorOf(() => readNumericCsv(directory)).message).toMatch(/it is a directory/);
  });
});
