import { formatInteger } from "@/lib/format";
import { toMigrationTable, type MigrationCellInput } from "@/lib/migration-table";

/** How many customers moved from each segment of the previous run to each segment of this one. */
export function MigrationMatrix({
  cells,
  hasPrevious,
}: {
  cells: MigrationCellInput[];
  hasPrevious: boolean;
}) {
  if (!hasPrevious || cells.length === 0)
    return <p className="muted">This is the first run: there is no previous run to compare with.</p>;
  const table = toMigrationTable(cells);
  const max = Math.max(1, ...table.counts.flat());
  return (
    <div style={{ overflowX: "auto" }}>
      <table data-testid="migration-matrix">
        <thead>
          <tr>
            <th>previous run ↓ / this run →</th>
            {table.columns.map((column) => (
              <th key={column.id} className="num">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={row.id ?? "new"}>
              <th>{row.name}</th>
              {table.counts[rowIndex].map((count, columnIndex) => (
                // Darker cells hold more customers (blue shades stay readable for colour-blind people).
                <td
                  key={table.columns[columnIndex].id}
                  className="num"
                  style={{ background: `rgba(0, 114, 178, ${(0.6 * count) / max})` }}
                >
                  {formatInteger(count)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
