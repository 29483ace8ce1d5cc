import type { PrismaClient } from "@seglens/database";
import { findCampaignOrThrow } from "../campaigns/find-campaign";
import { addTotals, budgetShare, computeKpis, type ResultTotals } from "./compute-kpis";
import type { CampaignKpis } from "./kpi.type";

/** Sums of the campaign's results per segment (null = recorded for the whole campaign), in SQL. */
export async function sumResultsBySegment({
  prisma,
  campaignId,
}: {
  prisma: PrismaClient;
  campaignId: string;
}): Promise<Map<string | null, ResultTotals>> {
  const groups = await prisma.campaignResult.groupBy({
    by: ["segmentId"],
    where: { campaignId },
    _sum: { reach: true, conversions: true, revenue: true },
  });
  return new Map(
    groups.map((group) => [
      group.segmentId,
      {
        reach: group._sum.reach ?? 0,
        conversions: group._sum.conversions ?? 0,
        revenue: group._sum.revenue?.toNumber() ?? 0,
      },
    ]),
  );
}

/** Campaign KPIs per segment, without a segment, and in total; the budget is spread by reach. */
export async function getCampaignKpis({
  prisma,
  campaignId,
}: {
  prisma: PrismaClient;
  campaignId: string;
}): Promise<CampaignKpis> {
  const campaign = await findCampaignOrThrow({ prisma, id: campaignId });
  const budget = campaign.budget.toNumber();
  const sums = await sumResultsBySegment({ prisma, campaignId: campaign.id });
  const total = addTotals([...sums.values()]);

  const targeted = await prisma.campaignSegment.findMany({
    where: { campaignId: campaign.id },
    select: { segmentId: true },
  });
  const segmentIds = [
    ...new Set([
      ...targeted.map((link) => link.segmentId),
      ...[...sums.keys()].filter((id): id is string => id !== null),
    ]),
  ];
  const segments = await prisma.segment.findMany({
    where: { id: { in: segmentIds } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const empty: ResultTotals = { reach: 0, conversions: 0, revenue: 0 };
  const unattributed = sums.get(null);

  return {
    campaignId: campaign.id,
    budget,
    perSegment: segments.map((segment) => {
      const totals = sums.get(segment.id) ?? empty;
      return {
        segmentId: segment.id,
        segmentName: segment.name,
        kpis: computeKpis(totals, budgetShare(budget, totals.reach, total.reach)),
      };
    }),
    unattributed: unattributed
      ? computeKpis(unattributed, budgetShare(budget, unattributed.reach, total.reach))
      : null,
    total: computeKpis(total, total.reach > 0 ? budget : 0),
  };
}
