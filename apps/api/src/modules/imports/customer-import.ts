import { normaliseEmail } from "../customers/normalise-email";
import { findSuppressedRows } from "./find-suppressed-rows";
import type { ImportDb, ImportProcessor, ResolvedBatch, ValidRow, WriteCounts } from "./import-processor";
import type { ImportRowReader } from "./import-row-reader";
import { parseBoolean, parseDateTime, parseMoney } from "./parse-cell-values";

export interface CustomerImportRecord {
  externalId: string;
  email: string | null;
  name: string | null;
  gender: string | null;
  /** YYYY-MM-DD */
  birthDate: string | null;
  city: string | null;
  country: string | null;
  occupation: string | null;
  income: number | null;
  signupDate: Date | null;
  marketingConsent: boolean;
  attributes: string;
}

/** customers.csv: one row per customer, upserted by external id; extra columns become attributes. */
export function createCustomerImport(): ImportProcessor<CustomerImportRecord> {
  const seenIds = new Set<string>();
  const seenEmails = new Map<string, string>();

  return {
    validateRow(reader: ImportRowReader): CustomerImportRecord | null {
      const externalId = reader.required("externalId", "external id");
      if (externalId !== null && externalId.length > 200) reader.problem("externalId", "is longer than 200 characters");
      const rawEmail = reader.text("email");
      const email = normaliseEmail(rawEmail);
      if (email === undefined) reader.problem("email", `"${rawEmail}" is not an email address`);
      const birth = reader.parse("birthDate", parseDateTime);
      if (birth && birth > new Date()) reader.problem("birthDate", "is in the future");
      const record: CustomerImportRecord = {
        externalId: externalId ?? "",
        email: email ?? null,
        name: reader.optionalText("name"),
        gender: reader.optionalText("gender", 50),
        birthDate: birth ? birth.toISOString().slice(0, 10) : null,
        city: reader.optionalText("city"),
        country: reader.optionalText("country"),
        occupation: reader.optionalText("occupation"),
        income: reader.parse("income", parseMoney),
        signupDate: reader.parse("signupDate", parseDateTime),
        marketingConsent: reader.parse("marketingConsent", parseBoolean) ?? false,
        attributes: JSON.stringify(
          Object.fromEntries(reader.attributeColumns.map(({ name, index }) => [name, reader.cell(index)]).filter(([, value]) => value !== "")),
        ),
      };
      if (externalId !== null) {
        if (seenIds.has(externalId)) reader.problem("externalId", `external id "${externalId}" appears on an earlier row of the file`);
        else seenIds.add(externalId);
      }
      if (record.email !== null) {
        const owner = seenEmails.get(record.email);
        if (owner !== undefined && owner !== externalId) reader.problem("email", `email "${record.email}" is also used by customer "${owner}" earlier in the file`);
        else if (externalId !== null) seenEmails.set(record.email, externalId);
      }
      return reader.issues.length === 0 ? record : null;
    },

    async resolveBatch(rows: ValidRow<CustomerImportRecord>[], db: ImportDb): Promise<ResolvedBatch<CustomerImportRecord>> {
      const emails = rows.map((row) => row.record.email).filter((email): email is string => email !== null);
      const suppressed = await findSuppressedRows({ db, keys: rows.map((row) => ({ externalId: row.record.externalId, email: row.record.email })) });
      const owners = emails.length
        ? await db.$queryRaw<{ email: string; externalId: string }[]>`SELECT "email", "externalId" FROM "Customer" WHERE "email" = ANY(${emails}::text[])`
        : [];
      const ownerOf = new Map(owners.map((owner) => [owner.email, owner.externalId]));
      const result: ResolvedBatch<CustomerImportRecord> = { rows: [], invalid: [], skipped: [] };
      for (const [index, row] of rows.entries()) {
        const { externalId, email } = row.record;
        if (suppressed[index]) {
          result.skipped.push(row.rowNumber);
          continue;
        }
        const owner = email === null ? undefined : ownerOf.get(email);
        if (owner !== undefined && owner !== externalId) {
          result.invalid.push({ rowNumber: row.rowNumber, issues: [{ column: "email", message: `email "${email}" belongs to another customer ("${owner}")` }] });
          continue;
        }
        result.rows.push(row);
      }
      return result;
    },

    async writeBatch(rows: ValidRow<CustomerImportRecord>[], db: ImportDb): Promise<WriteCounts> {
      if (rows.length === 0) return { created: 0, updated: 0, skipped: 0 };
      const column = <K extends keyof CustomerImportRecord>(key: K) => rows.map((row) => row.record[key]);
      const signup = rows.map((row) => row.record.signupDate?.toISOString() ?? null);
      // unnest over one array per column: one statement and 12 parameters whatever the batch size.
      const changed = await db.$queryRaw<{ inserted: boolean }[]>`
        INSERT INTO "Customer" ("externalId", "email", "name", "gender", "birthDate", "city", "country", "occupation",
                                "income", "signupDate", "marketingConsent", "attributes", "updatedAt")
        SELECT t.external_id, t.email, t.name, t.gender, t.birth_date, t.city, t.country, t.occupation,
               t.income, t.signup_date, t.consent, t.attributes::jsonb, now()
        FROM unnest(${column("externalId")}::text[], ${column("email")}::text[], ${column("name")}::text[], ${column("gender")}::text[],
                    ${column("birthDate")}::date[], ${column("city")}::text[], ${column("country")}::text[], ${column("occupation")}::text[],
                    ${column("income")}::numeric[], ${signup}::timestamp(3)[], ${column("marketingConsent")}::boolean[], ${column("attributes")}::text[])
          AS t(external_id, email, name, gender, birth_date, city, country, occupation, income, signup_date, consent, attributes)
        ON CONFLICT ("externalId") DO UPDATE SET
          "email" = EXCLUDED."email", "name" = EXCLUDED."name", "gender" = EXCLUDED."gender", "birthDate" = EXCLUDED."birthDate",
          "city" = EXCLUDED."city", "country" = EXCLUDED."country", "occupation" = EXCLUDED."occupation", "income" = EXCLUDED."income",
          "signupDate" = EXCLUDED."signupDate", "marketingConsent" = EXCLUDED."marketingConsent", "attributes" = EXCLUDED."attributes",
          "updatedAt" = now()
        WHERE ("Customer"."email", "Customer"."name", "Customer"."gender", "Customer"."birthDate", "Customer"."city", "Customer"."country",
               "Customer"."occupation", "Customer"."income", "Customer"."signupDate", "Customer"."marketingConsent", "Customer"."attributes")
          IS DISTINCT FROM
              (EXCLUDED."email", EXCLUDED."name", EXCLUDED."gender", EXCLUDED."birthDate", EXCLUDED."city", EXCLUDED."country",
               EXCLUDED."occupation", EXCLUDED."income", EXCLUDED."signupDate", EXCLUDED."marketingConsent", EXCLUDED."attributes")
        RETURNING (xmax = 0) AS inserted`;
      const created = changed.filter((row) => row.inserted).length;
      return { created, updated: changed.length - created, skipped: rows.length - changed.length };
    },
  };
}
