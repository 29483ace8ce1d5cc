import { normaliseEmail } from "../customers/normalise-email";
import type { ImportProcessor, ImportProcessorOptions, StagedValue } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { queryCounts, writableRows } from "./import-sql";
import { parseBoolean, parseMoney, parseTimestamp } from "./parse-cell-values";
import { suppressedKeySql } from "./suppressed-key-sql";

/**
 * customers.csv: one row per customer, upserted by external id; extra columns become attributes.
 * Every row that has an external id or email is staged (also invalid ones): "appears on an earlier row"
 * counts earlier rows whatever else is wrong with them.
 */
export function createCustomerImport({ recordTouchedCustomers }: ImportProcessorOptions): ImportProcessor {
  /** Birth dates after the import's start are refused (compared as ISO texts, see parseTimestamp). */
  const now = new Date().toISOString();
  /** How many of the file's customers were stored before (found by beforeWrites). */
  let storedCustomers = 0;
  return {
    changedTables: ["Customer"],
    bulkTables: ["Customer"],
    bulkUniqueTables: ["Customer"],
    stagingColumns: [
      { name: "external_id", type: "text" },
      { name: "email", type: "text" },
      { name: "name", type: "text" },
      { name: "gender", type: "text" },
      { name: "birth_date", type: "date" },
      { name: "city", type: "text" },
      { name: "country", type: "text" },
      { name: "occupation", type: "text" },
      { name: "income", type: "numeric" },
      { name: "signup_date", type: "timestamp(3)" },
      { name: "consent", type: "boolean" },
      { name: "attributes", type: "text" },
    ],

    stageRow(reader: ImportRowReader): StagedValue[] | null {
      const externalId = reader.required("externalId", "external id");
      if (externalId !== null && externalId.length > 200)
        reader.problem("externalId", "is longer than 200 characters");
      const rawEmail = reader.text("email");
      const email = normaliseEmail(rawEmail);
      if (email === undefined) reader.problem("email", `"${rawEmail}" is not an email address`);
      const birth = reader.parse("birthDate", parseTimestamp);
      if (birth !== null && birth > now) reader.problem("birthDate", "is in the future");
      const name = reader.optionalText("name");
      const gender = reader.optionalText("gender", 50);
      const city = reader.optionalText("city");
      const country = reader.optionalText("country");
      const occupation = reader.optionalText("occupation");
      const income = reader.parse("income", parseMoney);
      const signupDate = reader.parse("signupDate", parseTimestamp);
      const consent = reader.parse("marketingConsent", parseBoolean) ?? false;
      if (externalId === null && !email) return null;
      const attributes: Record<string, string> = {};
      for (const { name: attribute, index } of reader.attributeColumns) {
        const value = reader.cell(index);
        if (value !== "") attributes[attribute] = value;
      }
      return [
        externalId,
        email ?? null,
        name,
        gender,
        birth === null ? null : birth.slice(0, 10),
        city,
        country,
        occupation,
        income,
        signupDate,
        consent,
        JSON.stringify(attributes),
      ];
    },

    checks: [
      {
        effect: "issue",
        sql: `
          SELECT s.row_number, 'externalId' AS field, format('external id "%s" appears on an earlier row of the file', s.external_id) AS message
          FROM (SELECT row_number, external_id, row_number() OVER (PARTITION BY external_id ORDER BY row_number) AS nth
                FROM import_rows
                WHERE external_id IN (SELECT external_id FROM import_rows WHERE external_id IS NOT NULL GROUP BY external_id HAVING count(*) > 1)) AS s
          WHERE s.nth > 1`,
      },
      {
        // The first row that gives an email with an external id owns the email within the file.
        effect: "issue",
        sql: `
          SELECT s.row_number, 'email' AS field, format('email "%s" is also used by customer "%s" earlier in the file', s.email, o.external_id) AS message
          FROM (SELECT email FROM import_rows WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1) AS d
          JOIN LATERAL (SELECT row_number, external_id FROM import_rows r
                        WHERE r.email = d.email AND r.external_id IS NOT NULL ORDER BY r.row_number LIMIT 1) AS o ON true
          JOIN import_rows s ON s.email = d.email AND s.row_number > o.row_number AND s.external_id IS DISTINCT FROM o.external_id`,
      },
      {
        // Erased customers stay erased: their rows are skipped, not errors.
        effect: "skip",
        sql: `SELECT s.row_number FROM import_rows s WHERE s.valid AND (${suppressedKeySql("s.external_id", "s.email")})`,
      },
      {
        effect: "issue",
        sql: `
          SELECT s.row_number, 'email' AS field, format('email "%s" belongs to another customer ("%s")', s.email, c."externalId") AS message
          FROM import_rows s JOIN "Customer" c ON c."email" = s.email
          WHERE ${writableRows} AND c."externalId" <> s.external_id`,
      },
    ],

    // The customers of the file stored before, found once: every write chunk then joins this small table, not the
    // customers table, which grows with each chunk while a bulk write has set its external id index aside.
    setupSql:
      "CREATE TEMP TABLE import_existing_customers (row_number integer PRIMARY KEY, id integer NOT NULL) ON COMMIT DROP",

    async beforeWrites(sql) {
      const stored = await sql.query(
        `INSERT INTO import_existing_customers (row_number, id)
         SELECT s.row_number, c.id FROM import_rows s JOIN "Customer" c ON c."externalId" = s.external_id
         WHERE ${writableRows}`,
      );
      storedCustomers = stored.rowCount ?? 0;
      await sql.query("ANALYZE import_existing_customers");
    },

    // An UPDATE of the customers stored before and an INSERT of the others, not INSERT … ON CONFLICT: a large first
    // import then writes without the unique indexes (see bulkUniqueTables) and builds them once after.
    async writeRange(sql, { from, to }) {
      const range = `${writableRows} AND s.row_number BETWEEN $1 AND $2`;
      // Left out when no customer was stored before: planned against the empty table, the anti-join scanned it
      // again for every row, 0.4 s of 100,000 customers' 0.8 s insert.
      const notStored =
        storedCustomers > 0
          ? "AND NOT EXISTS (SELECT 1 FROM import_existing_customers e WHERE e.row_number = s.row_number)"
          : "";
      return queryCounts(
        sql,
        `WITH updated AS (
           UPDATE "Customer" AS c SET
             "email" = s.email, "name" = s.name, "gender" = s.gender, "birthDate" = s.birth_date, "city" = s.city,
             "country" = s.country, "occupation" = s.occupation, "income" = s.income, "signupDate" = s.signup_date,
             "marketingConsent" = s.consent, "attributes" = s.attributes::jsonb, "updatedAt" = now()
           FROM import_rows s JOIN import_existing_customers e ON e.row_number = s.row_number
           WHERE ${range} AND c.id = e.id
             AND (c."email", c."name", c."gender", c."birthDate", c."city", c."country", c."occupation", c."income",
                  c."signupDate", c."marketingConsent", c."attributes")
                 IS DISTINCT FROM
                 (s.email, s.name, s.gender, s.birth_date, s.city, s.country, s.occupation, s.income::numeric(14, 2),
                  s.signup_date, s.consent, s.attributes::jsonb)
           RETURNING c.id),
         created AS (
           INSERT INTO "Customer" ("externalId", "email", "name", "gender", "birthDate", "city", "country", "occupation",
                                   "income", "signupDate", "marketingConsent", "attributes", "updatedAt")
           SELECT s.external_id, s.email, s.name, s.gender, s.birth_date, s.city, s.country, s.occupation,
                  s.income, s.signup_date, s.consent, s.attributes::jsonb, now()
           FROM import_rows s
           WHERE ${range} ${notStored}
           RETURNING "id"),
         changed AS (SELECT id, false AS inserted FROM updated UNION ALL SELECT id, true FROM created)
         ${recordTouchedCustomers ? ", touched AS (INSERT INTO import_touched_customers (id) SELECT id FROM changed)" : ""}
         SELECT count(*) FILTER (WHERE inserted) AS created, count(*) AS changed FROM changed`,
        [from, to],
      );
    },
  };
}
