import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import type { Campaign } from "./campaign.type";
import { assertEditable } from "./campaign-status-machine";
import { findCampaignOrThrow } from "./find-campaign";
import { resolveTargetSegments } from "./resolve-target-segments";
import { campaignViewInclude, toCampaignView } from "./to-campaign-view";

/** Replaces the campaign's segments (new ones from the active run; already targeted ones may stay). */
export async function setCampaignSegments({
  prisma,
  viewer,
  id,
  segmentIds,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  segmentIds: readonly string[];
  ipAddress?: string | null;
}): Promise<Campaign> {
  return prisma.$transaction(async (tx) => {
    const current = await findCampaignOrThrow({ prisma: tx, id });
    assertEditable(current.status);
    const existing = await tx.campaignSegment.findMany({
      where: { campaignId: id },
      select: { segmentId: true },
    });
    const previous = existing.map((link) => link.segmentId);
    const next = await resolveTargetSegments({ tx, segmentIds, keepSegmentIds: previous });
    await tx.campaignSegment.deleteMany({ where: { campaignId: id, segmentId: { notIn: next } } });
    await tx.campaignSegment.createMany({
      data: next.map((segmentId) => ({ campaignId: id, segmentId })),
      skipDuplicates: true,
    });
    // Touch the campaign so updatedAt says its targeting changed.
    const campaign = await tx.campaign.update({
      where: { id },
      data: { updatedAt: new Date() },
      include: campaignViewInclude,
    });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.setSegments",
      entityType: "Campaign",
      entityId: id,
      details: {
        added: next.filter((segmentId) => !previous.includes(segmentId)),
        removed: previous.filter((segmentId) => !next.includes(segmentId)),
      },
      ipAddress,
    });
    return toCampaignView(campaign);
  });
}
