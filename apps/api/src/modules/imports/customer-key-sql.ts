import type { StagingCheck } from "./import-processor";
import { writableRows } from "./import-sql";
import { suppressedKeySql } from "./suppressed-key-sql";

/**
 * Orders and events name their customer by external id, or by email when the file has no id (columns
 * customer_external_id and customer_email of import_rows). These joins find it: the id is `customerIdSql`.
 */
export const customerJoinSql = `
  LEFT JOIN "Customer" ce ON ce."externalId" = s.customer_external_id
  LEFT JOIN "Customer" cm ON s.customer_external_id IS NULL AND cm."email" = s.customer_email`;

export const customerIdSql = "coalesce(ce.id, cm.id)";

/** Rows of unknown customers: skipped when the customer was erased, otherwise an error naming the key. */
export const customerKeyChecks: readonly StagingCheck[] = [
  {
    effect: "skip",
    sql: `SELECT s.row_number FROM import_rows s ${customerJoinSql}
          WHERE ${writableRows} AND ${customerIdSql} IS NULL AND ${suppressedKeySql("s.customer_external_id", "s.customer_email")}`,
  },
  {
    effect: "issue",
    sql: `SELECT s.row_number,
                 CASE WHEN s.customer_external_id IS NOT NULL THEN 'customerExternalId' ELSE 'customerEmail' END AS field,
                 CASE WHEN s.customer_external_id IS NOT NULL THEN format('customer "%s" does not exist', s.customer_external_id)
                      ELSE format('customer with email "%s" does not exist', s.customer_email) END AS message
          FROM import_rows s ${customerJoinSql}
          WHERE ${writableRows} AND ${customerIdSql} IS NULL`,
  },
];
