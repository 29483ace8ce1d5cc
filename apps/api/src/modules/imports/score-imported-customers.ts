import type { Logger } from "../../logging/logger";
import { scoreCustomersWithRun } from "../segmentation-runs/assign-customers-realtime";
import type { ActiveRunModel } from "../segmentation-runs/load-active-run-model";
import type { ImportSql } from "./import-sql";
import { scoringSqlOn } from "./scoring-sql-on";

/** Customers scored per statement: one aggregate query and one membership upsert each. */
const customersPerBatch = 5_000;

export interface ScoreImportedCustomersOptions {
  sql: ImportSql;
  /** The run that was active when the import started (null: nothing to score). */
  active: ActiveRunModel | null;
  importJobId: string;
  logger: Logger;
  /** Fraction of the customers scored so far (0..1). */
  onProgress: (fraction: number) => Promise<void>;
  asOf?: Date;
}

/**
 * Scores the customers the import changed (import_touched_customers: new or changed customers, customers
 * whose order totals changed, customers with new events) with the active run's model, in the import's
 * transaction, so their segments commit with the import. As after a single write, scoring never fails the
 * write: on an error the customers keep their segments until the next run or write. Returns how many were
 * scored.
 */
export async function scoreImportedCustomers({
  sql,
  active,
  importJobId,
  logger,
  onProgress,
  asOf = new Date(),
}: ScoreImportedCustomersOptions): Promise<number> {
  if (!active) return 0;
  await sql.query("SAVEPOINT scoring");
  try {
    // Still the active run, and not deleted before the import commits (its memberships point at it).
    const run = await sql.query(
      `SELECT 1 FROM "SegmentationRun" WHERE "id" = $1::uuid AND "isActive" FOR KEY SHARE`,
      [active.runId],
    );
    let scored = 0;
    if (run.rowCount) {
      await sql.query("CREATE INDEX ON import_touched_customers (id)");
      // Unanalysed, the temp table looks small and each batch below hashed every id after afterId (quadratic:
      // 21 ms per batch of 5,000 at 100,000 customers); with statistics it reads the next 5,000 from the index.
      await sql.query("ANALYZE import_touched_customers");
      const touched = await sql.query<{ count: number }>(
        "SELECT count(DISTINCT id)::int AS count FROM import_touched_customers",
      );
      const total = touched.rows[0].count;
      const runner = scoringSqlOn(sql);
      for (let afterId = 0; ;) {
        const batch = await sql.query<{ id: number }>(
          "SELECT DISTINCT id FROM import_touched_customers WHERE id > $1 ORDER BY id LIMIT $2",
          [afterId, customersPerBatch],
        );
        if (batch.rows.length === 0) break;
        const customerIds = batch.rows.map((row) => row.id);
        scored += (await scoreCustomersWithRun({ sql: runner, active, customerIds, asOf })).length;
        afterId = customerIds[customerIds.length - 1];
        await onProgress(scored / Math.max(1, total));
      }
    }
    await sql.query("RELEASE SAVEPOINT scoring");
    return scored;
  } catch (error) {
    // A lost connection fails here too, and then the import as a whole.
    await sql.query("ROLLBACK TO SAVEPOINT scoring");
    logger.warn("real-time segment assignment of imported customers failed", {
      importJobId,
      runId: active.runId,
      error: error instanceof Error ? error.message : String(error),
    });
    return 0;
  }
}
