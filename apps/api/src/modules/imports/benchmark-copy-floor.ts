import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createTestDatabase, parseDatabaseUrl } from "@seglens/database";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { eventDedupeKey } from "../events/event-dedupe-key";
import { customerFields, eventFields } from "./benchmark-rows";
import { copyTextLine } from "./copy-text-line";
import type { StagedValue } from "./import-processor";

/**
 * Benchmark (not a test): the floor under benchmark-import.js. PostgreSQL's own COPY writes the rows of the same
 * generated file, already in the table's shape (no parsing, no checks, no staging), straight into the table, in a
 * transaction that is rolled back; twice: with the table's indexes maintained row by row, and with every index but
 * the primary key dropped first and built after the COPY. No import into that table can be faster on this machine.
 * Usage: DATABASE_URL=postgresql://… node benchmark-copy-floor.js [customers|events] [rows]
 * (events: for N/10 customers inserted first and not timed.)
 */
interface TableRows {
  table: string;
  columns: string[];
  /** Row `index` in `columns` order. */
  row(index: number): StagedValue[];
}

function customerRows(): TableRows {
  return {
    table: "Customer",
    columns: [
      "externalId",
      "email",
      "name",
      "gender",
      "birthDate",
      "city",
      "country",
      "occupation",
      "income",
      "signupDate",
      "marketingConsent",
      "attributes",
      "updatedAt",
    ].map((column) => `"${column}"`),
    row(index) {
      const fields = customerFields(index);
      const preferredDevice = fields.pop();
      return [...fields, JSON.stringify({ preferred_device: preferredDevice }), "2026-01-01T00:00:00Z"];
    },
  };
}

/** The customers C0 … C{customers-1} get the ids firstCustomerId … in order. */
function eventRows(customers: number, firstCustomerId: number): TableRows {
  return {
    table: "Event",
    columns: ['"customerId"', '"type"', '"occurredAt"', '"properties"', '"dedupeKey"'],
    row(index) {
      const { customerExternalId, type, occurredAt, properties } = eventFields(index, customers);
      return [
        firstCustomerId + (index % customers),
        type.toUpperCase(),
        occurredAt.toISOString(),
        JSON.stringify(properties ?? {}),
        eventDedupeKey(customerExternalId, type, occurredAt, properties ?? {}),
      ];
    },
  };
}

async function* copyText(rows: TableRows, count: number): AsyncGenerator<string> {
  for (let start = 0; start < count; start += 2_000) {
    let chunk = "";
    for (let index = start; index < Math.min(count, start + 2_000); index += 1)
      chunk += copyTextLine(rows.row(index));
    yield chunk;
  }
}

/** Seconds to COPY `count` rows into the table (and build the dropped indexes), rolled back after. */
async function timeCopy(sql: Client, rows: TableRows, count: number, dropIndexes: boolean): Promise<number> {
  await sql.query("BEGIN");
  try {
    const started = process.hrtime.bigint();
    const indexes = dropIndexes ? await dropAllButPrimaryKey(sql, rows.table) : [];
    await pipeline(
      Readable.from(copyText(rows, count)),
      sql.query(copyFrom(`COPY "${rows.table}" (${rows.columns.join(", ")}) FROM STDIN`)),
    );
    await sql.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const definition of indexes) await sql.query(definition);
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await sql.query("ROLLBACK");
  }
}

/** Drops every index of the table but its primary key; returns their CREATE INDEX statements. */
async function dropAllButPrimaryKey(sql: Client, table: string): Promise<string[]> {
  const found = await sql.query<{ name: string; definition: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
     FROM pg_index WHERE indrelid = $1::regclass AND NOT indisprimary`,
    [`"${table}"`],
  );
  for (const index of found.rows) await sql.query(`DROP INDEX ${index.name}`);
  return found.rows.map((index) => index.definition);
}

async function benchmark(kind: string, count: number): Promise<void> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const sql = new Client(parseDatabaseUrl(database.databaseUrl));
  try {
    await sql.connect();
    let rows = customerRows();
    if (kind === "events") {
      const customers = Math.max(1, Math.floor(count / 10));
      await sql.query(
        `INSERT INTO "Customer" ("externalId", "updatedAt") SELECT 'C' || g, now() FROM generate_series(0, $1 - 1) g ORDER BY g`,
        [customers],
      );
      await sql.query('ANALYZE "Customer"');
      const first = await sql.query<{ id: number }>(`SELECT id FROM "Customer" WHERE "externalId" = 'C0'`);
      rows = eventRows(customers, first.rows[0].id);
    }
    for (const dropIndexes of [false, true]) {
      const seconds = await timeCopy(sql, rows, count, dropIndexes);
      const result = {
        table: rows.table,
        rows: count,
        indexes: dropIndexes ? "built after the copy" : "maintained row by row",
        seconds: Number(seconds.toFixed(2)),
        rowsPerSecond: Math.round(count / seconds),
      };
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } finally {
    await sql.end();
    await database.drop();
  }
}

benchmark(process.argv[2] ?? "customers", Number(process.argv[3] ?? 100_000)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
