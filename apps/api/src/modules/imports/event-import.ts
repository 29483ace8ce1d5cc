import type { EventType } from "@seglens/database";
import { normaliseEmail } from "../customers/normalise-email";
import { eventDedupeKey } from "../events/event-dedupe-key";
import type { ImportDb, ImportProcessor, ResolvedBatch, ValidRow, WriteCounts } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { parseDateTime, parseJsonObject } from "./parse-cell-values";
import { describeCustomerKey, resolveCustomerKeys, type CustomerKey } from "./resolve-customer-keys";

const eventTypes: readonly EventType[] = ["VIEW", "SEARCH", "ADD_TO_CART", "PURCHASE", "EMAIL_OPEN", "EMAIL_CLICK"];

export interface EventImportRecord {
  customer: CustomerKey;
  type: EventType;
  occurredAt: Date;
  properties: Record<string, unknown>;
  /** Filled by resolveBatch. */
  customerId: number;
  dedupeKey: string;
}

/** events.csv: one row per event; an event already stored (same dedupe key) is skipped. */
export function createEventImport(): ImportProcessor<EventImportRecord> {
  return {
    validateRow(reader: ImportRowReader): EventImportRecord | null {
      const externalId = reader.text("customerExternalId") || null;
      const rawEmail = reader.text("customerEmail");
      const email = normaliseEmail(rawEmail);
      if (email === undefined) reader.problem("customerEmail", `"${rawEmail}" is not an email address`);
      if (externalId === null && !email) reader.problem(reader.has("customerExternalId") ? "customerExternalId" : "customerEmail", "customer id or email is required");
      const rawType = reader.required("type", "event type");
      const type = rawType === null ? null : (rawType.toUpperCase().replace(/[\s-]+/g, "_") as EventType);
      if (type !== null && !eventTypes.includes(type)) {
        reader.problem("type", `"${rawType}" is not one of view, search, add_to_cart, purchase, email_open, email_click`);
      }
      const occurredAt = reader.required("occurredAt", "event time") === null ? null : reader.parse("occurredAt", parseDateTime);
      const properties = reader.parse("properties", parseJsonObject) ?? {};
      if (reader.issues.length > 0 || type === null || occurredAt === null) return null;
      return { customer: { externalId, email: email ?? null }, type, occurredAt, properties, customerId: 0, dedupeKey: "" };
    },

    async resolveBatch(rows: ValidRow<EventImportRecord>[], db: ImportDb): Promise<ResolvedBatch<EventImportRecord>> {
      const resolutions = await resolveCustomerKeys({ db, keys: rows.map((row) => row.record.customer) });
      const result: ResolvedBatch<EventImportRecord> = { rows: [], invalid: [], skipped: [] };
      rows.forEach((row, index) => {
        const resolution = resolutions[index];
        if (resolution.kind === "found") {
          const { record } = row;
          const dedupeKey = eventDedupeKey(resolution.customer.externalId, record.type, record.occurredAt, record.properties);
          result.rows.push({ rowNumber: row.rowNumber, record: { ...record, customerId: resolution.customer.id, dedupeKey } });
        } else if (resolution.kind === "suppressed") result.skipped.push(row.rowNumber);
        else {
          const column = row.record.customer.externalId !== null ? "customerExternalId" : "customerEmail";
          result.invalid.push({ rowNumber: row.rowNumber, issues: [{ column, message: `${describeCustomerKey(row.record.customer)} does not exist` }] });
        }
      });
      return result;
    },

    async writeBatch(rows: ValidRow<EventImportRecord>[], db: ImportDb): Promise<WriteCounts> {
      if (rows.length === 0) return { created: 0, updated: 0, skipped: 0 };
      const events = rows.map((row) => row.record);
      const inserted = await db.$queryRaw<{ id: number }[]>`
        INSERT INTO "Event" ("customerId", "type", "occurredAt", "properties", "dedupeKey")
        SELECT t.customer_id, t.type::"EventType", t.occurred_at, t.properties::jsonb, t.dedupe_key
        FROM unnest(${events.map((event) => event.customerId)}::int[], ${events.map((event) => event.type)}::text[],
                    ${events.map((event) => event.occurredAt.toISOString())}::timestamp(3)[],
                    ${events.map((event) => JSON.stringify(event.properties))}::text[], ${events.map((event) => event.dedupeKey)}::text[])
          AS t(customer_id, type, occurred_at, properties, dedupe_key)
        ON CONFLICT ("dedupeKey") DO NOTHING
        RETURNING id`;
      return { created: inserted.length, updated: 0, skipped: rows.length - inserted.length };
    },
  };
}
