import { Prisma, type PrismaClient } from "@seglens/database";

type SqlReader = Pick<PrismaClient, "$queryRaw"> | Prisma.TransactionClient;

/**
 * SQL condition (on customer alias `c`) that keeps customers whose email or external id was erased.
 * Erasing deletes the customer row, so this only matters if one came back by a path that skipped the
 * check; the hashes are computed in SQL exactly as `suppressionHash` does (SHA-256 of "KIND:value").
 * When nothing was ever erased the condition is left out, so a million-row audience hashes nothing.
 */
export async function notSuppressedCondition(prisma: SqlReader): Promise<Prisma.Sql> {
  const [{ any }] = await prisma.$queryRaw<
    { any: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM "SuppressionEntry") AS "any"`;
  if (!any) return Prisma.sql`TRUE`;
  return Prisma.sql`(
    NOT EXISTS (SELECT 1 FROM "SuppressionEntry" s
      WHERE s."kind" = 'EMAIL' AND s."valueHash" = encode(sha256(convert_to('EMAIL:' || c."email", 'UTF8')), 'hex'))
    AND NOT EXISTS (SELECT 1 FROM "SuppressionEntry" s
      WHERE s."kind" = 'EXTERNAL_ID' AND s."valueHash" = encode(sha256(convert_to('EXTERNAL_ID:' || btrim(c."externalId"), 'UTF8')), 'hex'))
  )`;
}

/** Customer `c` is in one of the segments, consented to marketing and is not suppressed. */
export function audienceCondition(segmentIds: readonly string[], notSuppressed: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`c."marketingConsent"
    AND EXISTS (SELECT 1 FROM "SegmentMembership" m WHERE m."customerId" = c."id" AND m."segmentId" = ANY(${[...segmentIds]}::uuid[]))
    AND ${notSuppressed}`;
}
