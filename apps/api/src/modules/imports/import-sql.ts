import type { ClientBase } from "pg";

/** The import's own connection, inside its one transaction (pg directly: COPY and set-based SQL). */
export type ImportSql = ClientBase;

/** Rows a write takes from the staging table: valid and not left out on purpose. */
export const writableRows = "s.valid AND NOT s.skip";

/** One query whose single row holds the counts of a write. */
export async function queryCounts(
  sql: ImportSql,
  text: string,
  values: unknown[],
): Promise<{ created: number; changed: number }> {
  const result = await sql.query<{ created: number; changed: number }>(text, values);
  const row = result.rows[0];
  return { created: Number(row?.created ?? 0), changed: Number(row?.changed ?? 0) };
}

/** A table or other name as an SQL identifier, quoted. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
