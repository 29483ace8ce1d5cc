import {
  defaultChoice,
  describeColumnStatistics,
  describeMissingChoice,
  describeOutlierChoice,
  missingActionLabel,
  skippedRows,
  toChoiceInputs,
  type AnalysedColumn,
  type ChoiceDraft,
} from "./cleaning-effects";

const locale = "en-US";
const income: AnalysedColumn = {
  column: "income",
  kind: "NUMBER",
  required: false,
  decimals: 2,
  missingRows: 14,
  median: "49000.00",
  mostCommon: null,
  mostCommonRows: 0,
  lowerFence: "17500.00",
  upperFence: "80500.00",
  fenceNote: null,
  lowOutlierRows: 0,
  highOutlierRows: 6,
};
const country: AnalysedColumn = {
  column: "country",
  kind: "CATEGORY",
  required: false,
  missingRows: 1,
  mostCommon: "DE",
  mostCommonRows: 212,
  lowOutlierRows: 0,
  highOutlierRows: 0,
};
const choice = (patch: Partial<ChoiceDraft>): ChoiceDraft => ({ ...defaultChoice, ...patch });

describe("cleaning effects", () => {
  it("says what each choice for empty cells will change, with the numbers of the analysis", () => {
    expect(describeMissingChoice(income, choice({ missing: "FILL_MEDIAN" }), locale)).toBe(
      "14 rows have no income → filled with 49,000.00 (median)",
    );
    expect(describeMissingChoice(income, choice({ missing: "LEAVE" }), locale)).toBe(
      "14 rows have no income → left empty",
    );
    expect(describeMissingChoice({ ...income, required: true }, choice({}), locale)).toBe(
      "14 rows have no income → reported as errors (required)",
    );
    expect(describeMissingChoice(income, choice({ missing: "FILL_VALUE", fillValue: " 0 " }), locale)).toBe(
      "14 rows have no income → filled with 0",
    );
    expect(describeMissingChoice(income, choice({ missing: "FILL_VALUE" }), locale)).toBe(
      "14 rows have no income → type the value to fill them with",
    );
    expect(describeMissingChoice(country, choice({ missing: "FILL_MOST_COMMON" }), locale)).toBe(
      "1 row has no country → filled with DE (most common, 212 rows)",
    );
    expect(describeMissingChoice(country, choice({ missing: "SKIP_ROWS" }), locale)).toBe(
      "1 row has no country → skipped",
    );
    expect(describeMissingChoice({ ...income, missingRows: 0 }, choice({ missing: "SKIP_ROWS" }))).toBeNull();
  });

  it("says what happens to outliers on each side of the fences", () => {
    expect(describeOutlierChoice(income, choice({ outliers: "CAP" }), locale)).toEqual([
      "6 rows above 80,500.00 → capped at 80,500.00",
    ]);
    expect(
      describeOutlierChoice({ ...income, lowOutlierRows: 1 }, choice({ outliers: "SKIP_ROWS" }), locale),
    ).toEqual(["6 rows above 80,500.00 → skipped", "1 row below 17,500.00 → skipped"]);
    expect(describeOutlierChoice({ ...income, highOutlierRows: 0 }, choice({}), locale)).toEqual([
      "No income outside 17,500.00 – 80,500.00",
    ]);
    expect(describeOutlierChoice(country, choice({}), locale)).toEqual([]);
  });

  it("counts skipped rows exactly for one column and as an upper bound across columns", () => {
    expect(
      skippedRows([income, country], { income: choice({ missing: "SKIP_ROWS", outliers: "SKIP_ROWS" }) }),
    ).toEqual({ rows: 20, exact: true });
    expect(
      skippedRows([income, country], {
        income: choice({ outliers: "SKIP_ROWS" }),
        country: choice({ missing: "SKIP_ROWS" }),
      }),
    ).toEqual({ rows: 7, exact: false });
    expect(skippedRows([income], {})).toEqual({ rows: 0, exact: true });
  });

  it("sends only the columns whose choice changes something, with a fill value only for FILL_VALUE", () => {
    expect(
      toChoiceInputs({
        income: choice({ missing: "FILL_VALUE", fillValue: " 12.5 ", outliers: "CAP" }),
        country: choice({}),
        age: choice({ missing: "FILL_MEDIAN", fillValue: "stale" }),
      }),
    ).toEqual([
      { column: "income", missing: "FILL_VALUE", fillValue: "12.5", outliers: "CAP" },
      { column: "age", missing: "FILL_MEDIAN", fillValue: null, outliers: "KEEP" },
    ]);
  });

  it("labels the options and the statistics for people", () => {
    expect(missingActionLabel("FILL_MEDIAN", income, locale)).toBe("fill with the median (49,000.00)");
    expect(missingActionLabel("LEAVE", { ...income, required: true })).toBe("report as errors (required)");
    expect(describeColumnStatistics(income, 3, locale)).toBe(
      "median 49,000.00 · outliers outside 17,500.00 – 80,500.00 (3 × IQR)",
    );
    expect(
      describeColumnStatistics(
        { ...income, lowerFence: null, upperFence: null, fenceNote: "fewer than 4 values" },
        3,
        locale,
      ),
    ).toBe("median 49,000.00 · no outlier fences: fewer than 4 values");
    expect(describeColumnStatistics(country, 3, locale)).toBe("most common DE (212 rows)");
  });
});
