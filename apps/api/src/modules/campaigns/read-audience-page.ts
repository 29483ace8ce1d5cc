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
  return prisma.$queryRaw<AudienceRow[]>`
    SELECT c."id" AS "customerId", c."externalId", c."email", c."name",
      ARRAY(SELECT s."name" FROM "SegmentMembership" m JOIN "Segment" s ON s."id" = m."segmentId"
            WHERE m."customerId" = c."id" AND m."segmentId" = ANY(${[...segmentIds]}::uuid[]) ORDER BY s."name") AS "segments"
    FROM "Customer" c
    WHERE c."id" > ${afterCustomerId} AND ${audienceCondition(segmentIds, notSuppressed)}
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
