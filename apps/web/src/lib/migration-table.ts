export interface MigrationCellInput {
  fromSegmentId: string | null;
  fromSegmentName: string | null;
  toSegmentId: string;
  toSegmentName: string;
  customers: number;
}

export interface MigrationTable {
  rows: Array<{ id: string | null; name: string }>;
  columns: Array<{ id: string; name: string }>;
  /** counts[row][column]; 0 where no customer moved that way. */
  counts: number[][];
}

/** Turns the API's sparse cells into a from × to table; customers with no previous segment form the "new" row, last. */
export function toMigrationTable(cells: readonly MigrationCellInput[]): MigrationTable {
  const rows: MigrationTable["rows"] = [];
  const columns: MigrationTable["columns"] = [];
  const rowIndex = new Map<string | null, number>();
  const columnIndex = new Map<string, number>();
  for (const cell of cells) {
    if (!rowIndex.has(cell.fromSegmentId)) {
      rowIndex.set(cell.fromSegmentId, rows.length);
      rows.push({ id: cell.fromSegmentId, name: cell.fromSegmentName ?? "new (not in the previous run)" });
    }
    if (!columnIndex.has(cell.toSegmentId)) {
      columnIndex.set(cell.toSegmentId, columns.length);
      columns.push({ id: cell.toSegmentId, name: cell.toSegmentName });
    }
  }
  // Keep the "new customers" row last so the old segments read top-down.
  const order = rows
    .map((_, index) => index)
    .sort((a, b) => Number(rows[a].id === null) - Number(rows[b].id === null));
  const counts = order.map(() => columns.map(() => 0));
  const position = new Map(order.map((original, sorted) => [original, sorted]));
  for (const cell of cells) {
    const row = position.get(rowIndex.get(cell.fromSegmentId) ?? 0) ?? 0;
    counts[row][columnIndex.get(cell.toSegmentId) ?? 0] += cell.customers;
  }
  return { rows: order.map((index) => rows[index]), columns, counts };
}
