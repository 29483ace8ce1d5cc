import { matrixFromRows } from "../matrix";
import { chooseLogColumns } from "./choose-log-columns";

describe("chooseLogColumns", () => {
  // spend: heavy right tail (skewness 2.6); height: symmetric; change: has negatives; days: symmetric.
  const rows = [
    [10, 170, -3, 100],
    [12, 172, 4, 200],
    [15, 168, 1, 300],
    [11, 171, 2, 400],
    [900, 169, 0, 500],
  ];
  const names = ["spend", "height", "change", "days_since_last_order"];

  it("logs heavy-tailed non-negative columns and leaves symmetric ones alone", () => {
    expect(chooseLogColumns(matrixFromRows(rows), names)).toEqual([true, false, false, false]);
  });

  it("always logs the columns named as durations, but never one with a negative value", () => {
    expect(chooseLogColumns(matrixFromRows(rows), names, ["days_since_last_order", "change"])).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
