import type { CampaignStatus, Prisma, PrismaClient } from "@seglens/database";
import { pageWindow, toConnectionPage } from "../customers/offset-cursor";
import type { CampaignConnection } from "./campaign.type";
import { campaignViewInclude, toCampaignView } from "./to-campaign-view";

/** Campaigns newest first, optionally of one status. */
export async function listCampaigns({
  prisma,
  first,
  after,
  status,
}: {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
  status?: CampaignStatus | null;
}): Promise<CampaignConnection> {
  const window = pageWindow(first, after);
  const where: Prisma.CampaignWhereInput = status ? { status } : {};
  const [rows, totalCount] = await Promise.all([
    prisma.campaign.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: window.skip,
      take: window.take + 1,
      include: campaignViewInclude,
    }),
    prisma.campaign.count({ where }),
  ]);
  const page = toConnectionPage(rows, window);
  return {
    totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    edges: page.nodes.map((row, index) => ({ cursor: page.cursors[index], node: toCampaignView(row) })),
  };
}
