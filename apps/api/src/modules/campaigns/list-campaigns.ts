import type { CampaignStatus, Prisma, PrismaClient } from "@seglens/database";
import { pageWindow } from "../../graphql/offset-cursor";
import { readOffsetConnection } from "../../graphql/read-offset-connection";
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
  return readOffsetConnection({
    window,
    readRows: ({ skip, take }) =>
      prisma.campaign.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip,
        take,
        include: campaignViewInclude,
      }),
    countRows: () => prisma.campaign.count({ where }),
    toNode: toCampaignView,
  });
}
