import type { PrismaClient } from "@seglens/database";
import { findSegmentOrThrow } from "../segments/get-segment";
import { addTotals, budgetShare, computeKpis, type ResultTotals } from "./compute-kpis";
import type { SegmentKpis } from "./kpi.type";

/** The campaigns that targeted a segment (or recorded results for it) with their results there. */
export async function getSegmentKpis({
  prisma,
  segmentId,
}: {
  prisma: PrismaClient;
  segmentId: string;
}): Promise<SegmentKpis> {
  const segment = await findSegmentOrThrow({ prisma, id: segmentId });
  const campaigns = await prisma.campaign.findMany({
    where: {
      OR: [
        { segments: { some: { segmentId: segment.id } } },
        { results: { some: { segmentId: segment.id } } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const campaignIds = campaigns.map((campaign) => campaign.id);
  // Two grouped sums: the segment's results per campaign, and each campaign's whole reach (for its budget share).
  const [inSegment, overall] = await Promise.all([
    prisma.campaignResult.groupBy({
      by: ["campaignId"],
      where: { campaignId: { in: campaignIds }, segmentId: segment.id },
      _sum: { reach: true, conversions: true, revenue: true },
    }),
    prisma.campaignResult.groupBy({
      by: ["campaignId"],
      where: { campaignId: { in: campaignIds } },
      _sum: { reach: true },
    }),
  ]);
  const segmentTotals = new Map(
    inSegment.map((group): [string, ResultTotals] => [
      group.campaignId,
      {
        reach: group._sum.reach ?? 0,
        conversions: group._sum.conversions ?? 0,
        revenue: group._sum.revenue?.toNumber() ?? 0,
      },
    ]),
  );
  const campaignReach = new Map(overall.map((group) => [group.campaignId, group._sum.reach ?? 0]));

  let totalCost = 0;
  const rows = campaigns.map((campaign) => {
    const totals = segmentTotals.get(campaign.id) ?? { reach: 0, conversions: 0, revenue: 0 };
    const cost = budgetShare(campaign.budget.toNumber(), totals.reach, campaignReach.get(campaign.id) ?? 0);
    totalCost += cost;
    return {
      campaignId: campaign.id,
      campaignName: campaign.name,
      status: campaign.status,
      channel: campaign.channel,
      totals,
      kpis: computeKpis(totals, cost),
    };
  });
  return {
    segmentId: segment.id,
    segmentName: segment.name,
    campaigns: rows.map(({ totals: _totals, ...row }) => row),
    total: computeKpis(addTotals(rows.map((row) => row.totals)), totalCost),
  };
}
