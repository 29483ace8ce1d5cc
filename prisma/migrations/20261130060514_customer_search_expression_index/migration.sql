-- ───────── Hand-written: ONE trigram index for the customer search (prisma/schema.prisma cannot express it) ─────────
-- Three column indexes made every customer write ~2.3x dearer and a search read three indexes. The search
-- (apps/api/src/modules/customers/list-customers.ts) matches `LIKE '%text%'` against exactly this expression:
-- the three fields lower-cased in one string, separated by the unit separator so a match never spans two fields.
DROP INDEX IF EXISTS "Customer_name_trgm_idx";
DROP INDEX IF EXISTS "Customer_email_trgm_idx";
DROP INDEX IF EXISTS "Customer_externalId_trgm_idx";
CREATE INDEX "Customer_search_trgm_idx" ON "Customer" USING GIN (
  (lower(coalesce("name", '') || E'\x1f' || coalesce("email", '') || E'\x1f' || "externalId")) gin_trgm_ops
);
