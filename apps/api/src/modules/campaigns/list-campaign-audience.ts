import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { maxPageSize } from "../../graphql/offset-cursor";
import { notSuppressedCondition } from "./audience-filter";
import { decodeAudienceCursor, encodeAudienceCursor } from "./audience-cursor";
import type { AudienceMemberConnection } from "./campaign.type";
import { findCampaignOrThrow } from "./find-campaign";
import { countAudience, readAudiencePage } from "./read-audience-page";

/** A page of the campaign's current audience (consented, not suppressed, each customer once). */
export async function listCampaignAudience({
  prisma,
  campaignId,
  first,
  after,
}: {
  prisma: PrismaClient;
  campaignId: string;
  first: number;
  after?: string | null;
}): Promise<AudienceMemberConnection> {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer between 1 and ${maxPageSize}.`);
  }
  const afterCustomerId = decodeAudienceCursor(after);
  await findCampaignOrThrow({ prisma, id: campaignId });
  const segmentIds = await campaignSegmentIds({ prisma, campaignId });
  const notSuppressed = await notSuppressedCondition(prisma);
  const [rows, totalCount] = await Promise.all([
    readAudiencePage({ prisma, segmentIds, notSuppressed, afterCustomerId, limit: first + 1 }),
    countAudience({ prisma, segmentIds, notSuppressed }),
  ]);
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeAudienceCursor(row.customerId), node: row }));
  return {
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

export async function campaignSegmentIds({
  prisma,
  campaignId,
}: {
  prisma: PrismaClient;
  campaignId: string;
}): Promise<string[]> {
  const links = await prisma.campaignSegment.findMany({ where: { campaignId }, select: { segmentId: true } });
  return links.map((link) => link.segmentId);
}
