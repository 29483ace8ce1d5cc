import { toMigrationTable } from "./migration-table";

describe("toMigrationTable", () => {
  it("lays sparse cells out as a from × to table with new customers last", () => {
    const table = toMigrationTable([
      { fromSegmentId: null, fromSegmentName: null, toSegmentId: "b", toSegmentName: "B", customers: 4 },
      { fromSegmentId: "x", fromSegmentName: "X", toSegmentId: "a", toSegmentName: "A", customers: 10 },
      { fromSegmentId: "x", fromSegmentName: "X", toSegmentId: "b", toSegmentName: "B", customers: 2 },
      { fromSegmentId: "y", fromSegmentName: "Y", toSegmentId: "a", toSegmentName: "A", customers: 1 },
    ]);
    expect(table.rows.map((row) => row.name)).toEqual(["X", "Y", "new (not in the previous run)"]);
    expect(table.columns.map((column) => column.name)).toEqual(["B", "A"]);
    expect(table.counts).toEqual([
      [2, 10],
      [0, 1],
      [4, 0],
    ]);
    // Every customer is counted once.
    expect(table.counts.flat().reduce((sum, count) => sum + count, 0)).toBe(17);
  });

  it("is empty for no cells", () => {
    expect(toMigrationTable([])).toEqual({ rows: [], columns: [], counts: [] });
  });
});
