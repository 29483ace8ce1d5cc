import type { PrismaClient } from "@seglens/database";
import type { Campaign } from "./campaign.type";
import { findCampaignOrThrow } from "./find-campaign";
import { campaignViewInclude, toCampaignView } from "./to-campaign-view";

export async function getCampaign({ prisma, id }: { prisma: PrismaClient; id: string }): Promise<Campaign> {
  await findCampaignOrThrow({ prisma, id });
  return toCampaignView(
    await prisma.campaign.findUniqueOrThrow({ where: { id }, include: campaignViewInclude }),
  );
}
