import type { EventType } from "@seglens/database";
import { normaliseEmail } from "../customers/normalise-email";
import { customerIdSql, customerJoinSql, customerKeyChecks } from "./customer-key-sql";
import type { ImportProcessor, ImportProcessorOptions, StagedValue } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { queryCounts, writableRows } from "./import-sql";
import { parseJsonObject, parseTimestamp } from "./parse-cell-values";

const eventTypes: readonly EventType[] = [
  "VIEW",
  "SEARCH",
  "ADD_TO_CART",
  "PURCHASE",
  "EMAIL_OPEN",
  "EMAIL_CLICK",
];

/**
 * events.csv: one row per event; an event already stored (same dedupe key) is skipped. The dedupe key is
 * eventDedupeKey's contract (SHA-256 of "externalId|TYPE|ISO time|JSON properties"), computed in SQL
 * because rows keyed by email only learn the customer's external id there.
 */
export function createEventImport({ recordTouchedCustomers }: ImportProcessorOptions): ImportProcessor {
  return {
    changedTables: ["Event"],
    bulkTables: ["Event"],
    bulkUniqueTables: ["Event"],
    stagingColumns: [
      { name: "customer_external_id", type: "text" },
      { name: "customer_email", type: "text" },
      { name: "type", type: "text" },
      /** The UTC time in toISOString()'s form (see parseTimestamp): part of the dedupe key. */
      { name: "occurred_at", type: "text" },
      /** The exact JSON.stringify() text: part of the dedupe key. */
      { name: "properties", type: "text" },
    ],

    stageRow(reader: ImportRowReader): StagedValue[] | null {
      const externalId = reader.text("customerExternalId") || null;
      const rawEmail = reader.text("customerEmail");
      const email = normaliseEmail(rawEmail);
      if (email === undefined) reader.problem("customerEmail", `"${rawEmail}" is not an email address`);
      if (externalId === null && !email)
        reader.problem(
          reader.has("customerExternalId") ? "customerExternalId" : "customerEmail",
          "customer id or email is required",
        );
      const rawType = reader.required("type", "event type");
      const type = rawType === null ? null : (rawType.toUpperCase().replace(/[\s-]+/g, "_") as EventType);
      if (type !== null && !eventTypes.includes(type)) {
        reader.problem(
          "type",
          `"${rawType}" is not one of view, search, add_to_cart, purchase, email_open, email_click`,
        );
      }
      const occurredAt =
        reader.required("occurredAt", "event time") === null
          ? null
          : reader.parse("occurredAt", parseTimestamp);
      const properties = reader.parse("properties", parseJsonObject) ?? {};
      if (reader.issues.length > 0 || type === null || occurredAt === null) return null;
      return [externalId, email ?? null, type, occurredAt, JSON.stringify(properties)];
    },

    checks: customerKeyChecks,

    // A bulk write sets the dedupe index aside: kept up to date row by row, it cost more than half of the writes
    // of 1,000,000 events (random keys), built once it costs 1.5 s. The rows are then inserted with no ON CONFLICT
    // at all (one without a target would still check the primary key row by row: 1.1 s), and a key the build finds
    // twice is dealt with by removeBulkDuplicates. The table is locked meanwhile, so no other transaction can store one of the keys.
    async writeRange(sql, { from, to }, setAsideTables) {
      const skipStored = setAsideTables.includes("Event") ? "" : 'ON CONFLICT ("dedupeKey") DO NOTHING';
      return queryCounts(
        sql,
        `WITH changed AS (
           INSERT INTO "Event" ("customerId", "type", "occurredAt", "properties", "dedupeKey")
           SELECT ${customerIdSql}, s.type::"EventType", s.occurred_at::timestamp(3), s.properties::jsonb,
                  encode(sha256(convert_to(coalesce(ce."externalId", cm."externalId") || '|' || s.type || '|' || s.occurred_at || '|' || s.properties, 'UTF8')), 'hex')
           FROM import_rows s ${customerJoinSql}
           WHERE ${writableRows} AND s.row_number BETWEEN $1 AND $2
           ${skipStored}
           RETURNING "customerId")
         ${recordTouchedCustomers ? ', touched AS (INSERT INTO import_touched_customers (id) SELECT DISTINCT "customerId" FROM changed)' : ""}
         SELECT count(*) AS created, count(*) AS changed FROM changed`,
        [from, to],
      );
    },

    // The event stored first (stored before the import, or on an earlier row of the file) keeps its key.
    async removeBulkDuplicates(sql) {
      const removed = await sql.query(
        `DELETE FROM "Event" WHERE "id" IN (
           SELECT d.id FROM (SELECT e.id, row_number() OVER (PARTITION BY e."dedupeKey" ORDER BY e.id) AS nth
                             FROM "Event" e
                             WHERE e."dedupeKey" IN (SELECT "dedupeKey" FROM "Event" GROUP BY "dedupeKey" HAVING count(*) > 1)) AS d
           WHERE d.nth > 1)`,
      );
      return removed.rowCount ?? 0;
    },
  };
}
