import { SegmentationError } from "../errors";
import { matrixToRows } from "../matrix";
import type { PreprocessPlan } from "./preprocess-plan";
import { Preprocessor, type PreprocessorJSON, type RawRow } from "./preprocessor";

const asOf = Date.UTC(2024, 0, 31);

const rows: RawRow[] = [
  {
    id: 1,
    age: "34",
    spend: "120.50",
    email: "Ann@Shop.com",
    country: "fr",
    signup: "2024-01-01",
    vip: "yes",
  },
  { id: 2, age: "", spend: "80", email: "bad-email", country: "de", signup: "2023-12-01", vip: "no" },
  { id: 3, age: "150", spend: "-20", email: "c@x.io", country: "fr", signup: "2024-01-21", vip: "" },
  {
    id: 1,
    age: "34",
    spend: "120.50",
    email: "Ann@Shop.com",
    country: "fr",
    signup: "2024-01-01",
    vip: "yes",
  },
  { id: 4, age: "40", spend: "abc", email: "d@x.io", country: "it", signup: "2024-02-15", vip: "y" },
];

const plan: PreprocessPlan = {
  dedupeBy: ["id"],
  asOf,
  columns: [
    { column: "age", checks: [{ kind: "range", min: 0, max: 120, action: "set-missing" }] },
    { column: "spend", checks: [{ kind: "non-negative", action: "clamp" }], impute: "mean" },
    { column: "email", checks: [{ kind: "email", action: "set-missing" }], impute: "none", output: false },
    { column: "country", oneHot: { minShare: 0.3 } },
    { column: "signup", checks: [{ kind: "not-future", asOf, action: "set-missing" }] },
    { column: "vip" },
  ],
};

function expectSegmentationError(run: () => unknown, code: string, pattern: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SegmentationError);
    expect((error as SegmentationError).code).toBe(code);
    expect((error as SegmentationError).message).toMatch(pattern);
    return;
  }
  throw new Error("expected a SegmentationError");
}

describe("Preprocessor", () => {
  const { model, result } = Preprocessor.fitTransform(rows, plan);

  it("detects column types with confidence", () => {
    expect(model.columns.map((column) => [column.column, column.type, column.confidence])).toEqual([
      ["age", "numeric", 1],
      ["spend", "numeric", 0.75],
      ["email", "categorical", 1],
      ["country", "categorical", 1],
      ["signup", "date", 1],
      ["vip", "boolean", 1],
    ]);
  });

  it("cleans, imputes and encodes to the hand-computed matrix", () => {
    expect(result.featureNames).toEqual([
      "age",
      "spend",
      "country=fr",
      "country=other",
      "signup_days_ago",
      "vip",
    ]);
    expect(result.rowIndices).toEqual([0, 1, 2, 4]);
    // age: 150 removed, median of 34 and 40; spend: -20 clamped, "abc" gets the mean 200.5 / 3;
    // signup: the future date gets the median date 2024-01-01 (30 days before asOf); vip: mode 1.
    expect(matrixToRows(result.matrix)).toEqual([
      [34, 120.5, 1, 0, 30, 1],
      [37, 80, 0, 1, 61, 0],
      [37, 0, 1, 0, 10, 1],
      [40, 200.5 / 3, 0, 1, 30, 1],
    ]);
  });

  it("reports every change with input row numbers", () => {
    const summary = result.report.map((record) => [record.column, record.step, record.rows, record.flagOnly]);
    expect(summary).toEqual([
      ["id", "dedupe", [3], false],
      ["age", "check", [2], false],
      ["age", "impute", [1, 2], false],
      ["spend", "parse", [4], false],
      ["spend", "check", [2], false],
      ["spend", "impute", [4], false],
      ["email", "check", [1], false],
      ["email", "check", [0], false],
      ["email", "impute", [1], false],
      ["country", "encode", [1, 4], false],
      ["signup", "check", [4], false],
      ["signup", "impute", [4], false],
      ["vip", "impute", [2], false],
    ]);
    expect(result.report[0].examples).toEqual([{ row: 3, before: "1", after: "duplicate of row 0" }]);
    expect(result.report[3]).toMatchObject({
      description: "values that are not numbers set missing",
      examples: [{ row: 4, before: "abc", after: null }],
    });
    expect(result.report[5].examples).toEqual([{ row: 4, before: null, after: 200.5 / 3 }]);
    expect(result.report[5].description).toBe("missing values imputed with the mean 66.8333");
    expect(result.report[11].examples).toEqual([{ row: 4, before: null, after: "2024-01-01T00:00:00.000Z" }]);
  });

  it("applies the fitted model to new customers, unseen categories going to other", () => {
    const fresh = model.transform([
      { id: 9, age: "200", spend: "50", email: "x@y.com", country: "jp", signup: "2024-01-30", vip: "no" },
    ]);
    expect(matrixToRows(fresh.matrix)).toEqual([[37, 50, 0, 1, 1, 0]]);
    expect(fresh.report.find((record) => record.column === "country")?.examples).toEqual([
      { row: 0, before: "jp", after: "other" },
    ]);
  });

  it("round-trips through JSON and transforms identically", () => {
    const copy = Preprocessor.fromJSON(JSON.parse(JSON.stringify(model.toJSON())) as PreprocessorJSON);
    const again = copy.transform(rows);
    expect(Array.from(again.matrix.data)).toEqual(Array.from(result.matrix.data));
    expect(again.report).toEqual(result.report);
  });

  it("bins, log-transforms and scales", () => {
    const e = Math.E;
    const data = [
      { x: 1, y: 0 },
      { x: 2, y: e - 1 },
      { x: 4, y: e * e - 1 },
    ];
    const binned = Preprocessor.fitTransform(data, {
      columns: [
        { column: "x", bins: { method: "equal-width", count: 2, encode: "one-hot" } },
        { column: "y", outliers: { method: "log1p" }, scale: "minmax" },
      ],
    }).result;
    expect(binned.featureNames).toEqual(["x: under 2.5", "x: 2.5 and over", "y"]);
    const values = matrixToRows(binned.matrix);
    expect(values.map((row) => row.slice(0, 2))).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    values.forEach((row, i) => expect(row[2]).toBeCloseTo([0, 0.5, 1][i], 12));
    expect(binned.report.map((record) => [record.column, record.step, record.rowsAffected])).toEqual([
      ["x", "bin", 3],
      ["y", "outlier", 2],
      ["y", "scale", 3],
    ]);
  });

  it("refuses plans and inputs it cannot honour, naming the problem", () => {
    expectSegmentationError(() => Preprocessor.fit([], plan), "TOO_FEW_ROWS", /zero rows/);
    expectSegmentationError(
      () => Preprocessor.fit(rows, { columns: [{ column: "height" }] }),
      "INVALID_INPUT",
      /"height" is in the plan/,
    );
    expectSegmentationError(
      () => Preprocessor.fit(rows, { columns: [{ column: "age" }, { column: "age" }] }),
      "INVALID_OPTION",
      /planned twice/,
    );
    expectSegmentationError(
      () => Preprocessor.fit(rows, { columns: [{ column: "signup" }] }),
      "INVALID_OPTION",
      /needs plan.asOf/,
    );
    expectSegmentationError(
      () =>
        Preprocessor.fit(rows, { columns: [{ column: "age", checks: [{ kind: "email", action: "flag" }] }] }),
      "INVALID_OPTION",
      /email check needs a text column/,
    );
    expectSegmentationError(
      () => Preprocessor.fit(rows, { columns: [{ column: "country", impute: "mean" }] }),
      "INVALID_OPTION",
      /imputes by "mode" or "none"/,
    );
    expectSegmentationError(
      () =>
        Preprocessor.fit(rows, { columns: [{ column: "age", impute: "interpolate", interpolateBy: "age" }] }),
      "INVALID_OPTION",
      /interpolated by itself/,
    );
    expectSegmentationError(
      () => Preprocessor.fromJSON({ kind: "scaler" } as unknown as PreprocessorJSON),
      "INVALID_MODEL",
      /not a serialised preprocessor/,
    );
  });
});
