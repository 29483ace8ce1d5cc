-- DropIndex
DROP INDEX "SegmentMembership_segmentId_idx";

-- CreateIndex
CREATE INDEX "SegmentMembership_segmentId_customerId_idx" ON "SegmentMembership"("segmentId", "customerId");


-- ───────── Hand-written: customer search by any part of name, email or external id (ILIKE '%text%') ─────────
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Customer_name_trgm_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Customer_email_trgm_idx" ON "Customer" USING GIN ("email" gin_trgm_ops);
CREATE INDEX "Customer_externalId_trgm_idx" ON "Customer" USING GIN ("externalId" gin_trgm_ops);
