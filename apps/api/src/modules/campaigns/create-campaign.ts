import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { actingUserId } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import type { CreateCampaignInput } from "./campaign.input";
import type { Campaign } from "./campaign.type";
import {
  validateCampaignContent,
  validateCampaignName,
  validateMoney,
  validateScheduledAt,
} from "./campaign-fields";
import { resolveTargetSegments } from "./resolve-target-segments";
import { campaignViewInclude, toCampaignView } from "./to-campaign-view";

/** Creates a DRAFT campaign on segments of the active run. */
export async function createCampaign({
  prisma,
  viewer,
  input,
  ipAddress = null,
  now = new Date(),
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  input: CreateCampaignInput;
  ipAddress?: string | null;
  now?: Date;
}): Promise<Campaign> {
  const name = validateCampaignName(input.name);
  const content = validateCampaignContent(input.content);
  const budget = validateMoney(input.budget, "budget");
  const scheduledAt = input.scheduledAt ? validateScheduledAt(input.scheduledAt, now) : null;
  return prisma.$transaction(async (tx) => {
    const segmentIds = await resolveTargetSegments({ tx, segmentIds: input.segmentIds });
    const campaign = await tx.campaign.create({
      data: {
        name,
        channel: input.channel,
        content,
        budget,
        scheduledAt,
        createdById: actingUserId(viewer),
        segments: { create: segmentIds.map((segmentId) => ({ segmentId })) },
      },
      include: campaignViewInclude,
    });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.create",
      entityType: "Campaign",
      entityId: campaign.id,
      details: { name, channel: input.channel, budget, segmentIds },
      ipAddress,
    });
    return toCampaignView(campaign);
  });
}
