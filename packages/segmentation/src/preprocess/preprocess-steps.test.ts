import { SegmentationError } from "../errors";
import type { ChangeRecord } from "./change-report";
import { checkEmails, checkNumbers } from "./check-values";
import { detectColumnType } from "./detect-column-type";
import { findDuplicateRows } from "./find-duplicate-rows";
import { fitNumericImputer, imputeNumbers, modeOfStrings } from "./impute-values";
import { isMissing, parseBoolean, parseDate, parseNumber } from "./parse-values";

const NaN_ = Number.NaN;

describe("parsing raw values", () => {
  it("reads numbers with currency and thousands separators but not dates", () => {
    expect(parseNumber(" 1,234.50 ")).toBe(1234.5);
    expect(parseNumber("$12")).toBe(12);
    expect(parseNumber("-3e2")).toBe(-300);
    expect(parseNumber("2024-01-02")).toBeNaN();
    expect(parseNumber("12abc")).toBeNaN();
    expect(parseNumber("1,23")).toBeNaN();
    expect(parseNumber(Infinity)).toBeNaN();
  });

  it("reads booleans, dates and missing markers", () => {
    expect([parseBoolean("Yes"), parseBoolean("f"), parseBoolean("1"), parseBoolean(true)]).toEqual([
      true,
      false,
      null,
      true,
    ]);
    expect(parseDate("2024-01-31")).toBe(Date.UTC(2024, 0, 31));
    expect(parseDate("2024-01-31 12:00:00Z")).toBe(Date.UTC(2024, 0, 31, 12));
    expect(parseDate("31")).toBeNaN();
    expect(["", " NA ", "null", null, undefined, NaN_, "0"].map(isMissing)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe("detectColumnType", () => {
  it("picks the type most values agree with and says how sure it is", () => {
    expect(detectColumnType(["1", "2", "x", "", "3.5"])).toEqual({
      type: "numeric",
      confidence: 0.75,
      missing: 1,
      counts: { numeric: 3, categorical: 1, date: 0, boolean: 0 },
    });
    expect(detectColumnType(["2024-01-01", "2024-02-01", "soon"]).type).toBe("date");
    expect(detectColumnType(["yes", "no", "Y", true]).type).toBe("boolean");
    expect(detectColumnType(["fr", "de", "fr"]).confidence).toBe(1);
    expect(detectColumnType(["", null])).toMatchObject({ type: "categorical", confidence: 0, missing: 2 });
  });
});

describe("error checks", () => {
  it("clamps out-of-range ages and reports each change", () => {
    const ages = Float64Array.from([25, -3, 150, NaN_]);
    const report: ChangeRecord[] = [];
    checkNumbers("age", ages, { kind: "range", min: 0, max: 120, action: "clamp" }, report);
    expect(Array.from(ages)).toEqual([25, 0, 120, NaN_]);
    expect(report).toEqual([
      {
        column: "age",
        step: "check",
        description: "values outside [0, 120] clamped to the bound",
        flagOnly: false,
        rowsAffected: 2,
        rows: [1, 2],
        examples: [
          { row: 1, before: -3, after: 0 },
          { row: 2, before: 150, after: 120 },
        ],
      },
    ]);
  });

  it("flags without changing, takes absolute values, and drops future dates", () => {
    const amounts = Float64Array.from([10, -5, -1]);
    const report: ChangeRecord[] = [];
    checkNumbers("total", amounts, { kind: "non-negative", action: "flag" }, report);
    expect(Array.from(amounts)).toEqual([10, -5, -1]);
    expect(report[0]).toMatchObject({ flagOnly: true, rowsAffected: 2, rows: [1, 2] });
    checkNumbers("total", amounts, { kind: "non-negative", action: "abs" }, report);
    expect(Array.from(amounts)).toEqual([10, 5, 1]);
    const asOf = Date.UTC(2024, 0, 31);
    const dates = Float64Array.from([asOf - 1, asOf + 86_400_000]);
    checkNumbers("signup", dates, { kind: "not-future", asOf, action: "set-missing" }, report, (ms) =>
      new Date(ms).toISOString(),
    );
    expect(Array.from(dates)).toEqual([asOf - 1, NaN_]);
    expect(report[2].examples).toEqual([{ row: 1, before: "2024-02-01T00:00:00.000Z", after: null }]);
    expect(() =>
      checkNumbers("age", amounts, { kind: "range", min: 5, max: 1, action: "flag" }, report),
    ).toThrow(SegmentationError);
  });

  it("removes malformed emails and normalises the valid ones", () => {
    const emails = ["a@b.co", " Ann@Shop.COM ", "not-an-email", "x@y", null, "two@@at.com"];
    const report: ChangeRecord[] = [];
    checkEmails("email", emails, "set-missing", report);
    expect(emails).toEqual(["a@b.co", "ann@shop.com", null, null, null, null]);
    expect(report.map((record) => [record.description, record.rowsAffected, record.rows])).toEqual([
      ["malformed email addresses set missing", 3, [2, 3, 5]],
      ["email addresses trimmed and lower-cased", 1, [1]],
    ]);
  });
});

describe("imputation", () => {
  it("learns mean, median and mode from the known values", () => {
    const values = Float64Array.from([1, 2, 2, 10, NaN_]);
    expect(fitNumericImputer(values, "mean").fill).toBe(3.75);
    expect(fitNumericImputer(values, "median").fill).toBe(2);
    expect(fitNumericImputer(values, "mode").fill).toBe(2);
    expect(fitNumericImputer(Float64Array.from([NaN_]), "mean").fill).toBeNull();
    expect(modeOfStrings(["b", "a", null, "b", "a"])).toBe("a");
  });

  it("fills with the fitted value and reports the rows", () => {
    const values = Float64Array.from([NaN_, 4, NaN_]);
    const report: ChangeRecord[] = [];
    imputeNumbers("spend", values, { method: "median", fill: 3 }, null, report);
    expect(Array.from(values)).toEqual([3, 4, 3]);
    expect(report[0]).toMatchObject({
      description: "missing values imputed with the median 3",
      rowsAffected: 2,
      rows: [0, 2],
    });
    expect(() =>
      imputeNumbers("spend", Float64Array.from([NaN_]), { method: "mean", fill: null }, null, []),
    ).toThrow(/no known value to impute from/);
  });

  it("interpolates linearly by row order, holding the ends", () => {
    const values = Float64Array.from([NaN_, 1, NaN_, NaN_, 4, NaN_]);
    imputeNumbers("visits", values, { method: "interpolate", fill: 9 }, null, []);
    expect(Array.from(values)).toEqual([1, 1, 2, 3, 4, 4]);
  });

  it("interpolates by an order column, using the fallback for rows without a position", () => {
    // Positions 10, 0, 2.5, unknown: row 2 sits a quarter of the way from row 1 (value 10) to row 0 (30).
    const values = Float64Array.from([30, 10, NaN_, NaN_]);
    const order = Float64Array.from([10, 0, 2.5, NaN_]);
    const report: ChangeRecord[] = [];
    imputeNumbers("weight", values, { method: "interpolate", fill: 99 }, order, report);
    expect(Array.from(values)).toEqual([30, 10, 15, 99]);
    expect(report[0].description).toBe("missing values interpolated linearly by the order column");
  });
});

describe("findDuplicateRows", () => {
  it("keeps the first row of each key and lists the others", () => {
    const rows = [
      { id: 1, email: "a@x.com" },
      { id: "1 ", email: "b@x.com" },
      { id: 2, email: "a@x.com" },
      { id: null, email: "c@x.com" },
      { id: null, email: "c@x.com" },
    ];
    expect(findDuplicateRows(rows, ["id"])).toEqual({
      keep: [0, 2, 3, 4],
      duplicates: [{ row: 1, firstRow: 0, key: "1" }],
    });
    expect(findDuplicateRows(rows, ["email"]).duplicates.map((d) => [d.row, d.firstRow])).toEqual([
      [2, 0],
      [4, 3],
    ]);
    expect(() => findDuplicateRows(rows, [])).toThrow(/at least one key column/);
  });
});
