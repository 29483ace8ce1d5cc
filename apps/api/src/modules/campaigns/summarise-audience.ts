import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";
import { notSuppressedCondition } from "./audience-filter";
import type { AudienceSummary } from "./campaign.type";

interface CountRow {
  segmentId: string | null;
  audienceSize: number;
  consentedCount: number;
}

/**
 * Audience counts per segment and in total, computed in one SQL pass (GROUPING SETS: one row per
 * segment plus the grand total with each customer counted once). Works for any existing segments,
 * so the dashboard can preview a selection before saving it.
 */
export async function summariseAudience({
  prisma,
  segmentIds,
}: {
  prisma: PrismaClient;
  segmentIds: readonly string[];
}): Promise<AudienceSummary> {
  const unique = [...new Set(segmentIds)];
  if (unique.length === 0) return { totalCustomers: 0, consentedCustomers: 0, perSegment: [] };
  const malformed = unique.find((id) => !isUuid(id));
  if (malformed !== undefined) throw new AppError("NOT_FOUND", `Segment ${malformed} does not exist.`);
  const segments = await prisma.segment.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, size: true },
  });
  const missing = unique.find((id) => !segments.some((segment) => segment.id === id));
  if (missing !== undefined) throw new AppError("NOT_FOUND", `Segment ${missing} does not exist.`);

  const notSuppressed = await notSuppressedCondition(prisma);
  const rows = await prisma.$queryRaw<CountRow[]>`
    WITH members AS (
      SELECT m."segmentId", m."customerId", (c."marketingConsent" AND ${notSuppressed}) AS reachable
      FROM "SegmentMembership" m JOIN "Customer" c ON c."id" = m."customerId"
      WHERE m."segmentId" = ANY(${unique}::uuid[])
    )
    SELECT "segmentId"::text AS "segmentId",
      count(DISTINCT "customerId")::int AS "audienceSize",
      count(DISTINCT "customerId") FILTER (WHERE reachable)::int AS "consentedCount"
    FROM members
    GROUP BY GROUPING SETS (("segmentId"), ())`;

  const total = rows.find((row) => row.segmentId === null);
  const bySegment = new Map(rows.filter((row) => row.segmentId !== null).map((row) => [row.segmentId, row]));
  const segmentById = new Map(segments.map((segment) => [segment.id, segment]));
  return {
    totalCustomers: total?.audienceSize ?? 0,
    consentedCustomers: total?.consentedCount ?? 0,
    perSegment: unique.map((id) => {
      const segment = segmentById.get(id)!;
      const counts = bySegment.get(id);
      return {
        segmentId: id,
        name: segment.name,
        size: segment.size,
        audienceSize: counts?.audienceSize ?? 0,
        consentedCount: counts?.consentedCount ?? 0,
      };
    }),
  };
}
