import type { ImportErrorRecorder } from "./import-error-recorder";
import type { ImportProcessor } from "./import-processor";
import type { ImportSql } from "./import-sql";

export interface CheckStagedRowsOptions {
  sql: ImportSql;
  processor: ImportProcessor;
  errors: ImportErrorRecorder;
  columnOf: (field: string) => string | null;
}

/**
 * Runs the processor's set-based checks over import_rows in order, marking rows invalid (with their issues
 * kept for the report, up to its limit) or skipped. Returns how many valid rows are skipped on purpose.
 */
export async function checkStagedRows({
  sql,
  processor,
  errors,
  columnOf,
}: CheckStagedRowsOptions): Promise<{ skipped: number }> {
  for (const [index, check] of processor.checks.entries()) {
    if (check.effect === "skip") {
      await sql.query(
        `UPDATE import_rows SET skip = true WHERE valid AND NOT skip AND row_number IN (SELECT f.row_number FROM (${check.sql}) AS f)`,
      );
      continue;
    }
    const found = await sql.query(
      `INSERT INTO import_issues (row_number, check_index, field, message) SELECT f.row_number, $1, f.field, f.message FROM (${check.sql}) AS f`,
      [index],
    );
    if (!found.rowCount) continue;
    const invalidated = await sql.query(
      "UPDATE import_rows SET valid = false WHERE valid AND row_number IN (SELECT row_number FROM import_issues WHERE check_index = $1)",
      [index],
    );
    errors.countInvalidRows(invalidated.rowCount ?? 0);
  }

  // Only as many as the report keeps are read back; the rest were counted above.
  const issues = await sql.query<{ row_number: number; field: string | null; message: string }>(
    "SELECT row_number, field, message FROM import_issues ORDER BY row_number, check_index LIMIT $1",
    [errors.remainingCapacity],
  );
  for (const issue of issues.rows) {
    errors.addIssues(issue.row_number, [
      {
        column: issue.field === null ? null : (columnOf(issue.field) ?? issue.field),
        message: issue.message,
      },
    ]);
  }
  const skipped = await sql.query<{ count: string }>(
    "SELECT count(*) AS count FROM import_rows WHERE valid AND skip",
  );
  return { skipped: Number(skipped.rows[0].count) };
}
