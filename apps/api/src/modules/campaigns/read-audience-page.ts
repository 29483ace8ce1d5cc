import type { Prisma, PrismaClient } from "@seglens/database";
import { audienceCondition } from "./audience-filter";

export interface AudienceRow {
  customerId: number;
  externalId: string;
  email: string | null;
  name: string | null;
  /** Names of the targeted segments the customer is in, alphabetical. */
  segments: string[];
}

/**
 * One page of the audience in customer-id order, after `afterCustomerId` (keyset, so page N costs
 * the same as page 1 on a million customers and rows never shift between pages).
 */
export async function readAudiencePage({
  prisma,
  segmentIds,
  notSuppressed,
  afterCustomerId,
  limit,
}: {
  prisma: PrismaClient;
  segmentIds: readonly string[];
  notSuppressed: Prisma.Sql;
  afterCustomerId: number;
  limit: number;
}): Promise<AudienceRow[]> {
  // One membership lookup per customer: the LATERAL aggregate both filters (no segment → NULL) and names the segments.
  return prisma.$queryRaw<AudienceRow[]>`
    SELECT c."id" AS "customerId", c."externalId", c."email", c."name", targeted."names" AS "segments"
    FROM "Customer" c
    CROSS JOIN LATERAL (
      SELECT array_agg(s."name" ORDER BY s."name") AS "names"
      FROM "SegmentMembership" m JOIN "Segment" s ON s."id" = m."segmentId"
      WHERE m."customerId" = c."id" AND m."segmentId" = ANY(${[...segmentIds]}::uuid[])
    ) targeted
    WHERE c."id" > ${afterCustomerId} AND c."marketingConsent" AND targeted."names" IS NOT NULL AND ${notSuppressed}
    ORDER BY c."id"
    LIMIT ${limit}`;
}

/** Counts the audience (each customer once). */
export async function countAudience({
  prisma,
  segmentIds,
  notSuppressed,
}: {
  prisma: PrismaClient;
  segmentIds: readonly string[];
  notSuppressed: Prisma.Sql;
}): Promise<number> {
  const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "Customer" c WHERE ${audienceCondition(segmentIds, notSuppressed)}`;
  return count;
}
