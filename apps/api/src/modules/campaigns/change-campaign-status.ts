import type { CampaignStatus, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import type { Campaign } from "./campaign.type";
import { assertTransition } from "./campaign-status-machine";
import { findCampaignOrThrow } from "./find-campaign";
import { campaignViewInclude, toCampaignView } from "./to-campaign-view";

/** Moves a campaign along its life cycle; the move is checked against the status it had when read. */
export async function changeCampaignStatus({
  prisma,
  viewer,
  id,
  status,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  status: CampaignStatus;
  ipAddress?: string | null;
}): Promise<Campaign> {
  return prisma.$transaction(async (tx) => {
    const current = await findCampaignOrThrow({ prisma: tx, id });
    assertTransition(current.status, status);
    if (status === "SCHEDULED") {
      if (!current.scheduledAt)
        throw new AppError("BAD_USER_INPUT", "Set scheduledAt before scheduling the campaign.");
      const segments = await tx.campaignSegment.count({ where: { campaignId: id } });
      if (segments === 0)
        throw new AppError("BAD_USER_INPUT", "A campaign needs at least one segment before it is scheduled.");
    }
    // Conditional update: if another request moved the campaign meanwhile, this one must not overwrite it.
    const { count } = await tx.campaign.updateMany({
      where: { id, status: current.status },
      data: { status },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "The campaign's status changed meanwhile; reload and try again.");
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.changeStatus",
      entityType: "Campaign",
      entityId: id,
      details: { from: current.status, to: status },
      ipAddress,
    });
    return toCampaignView(
      await tx.campaign.findUniqueOrThrow({ where: { id }, include: campaignViewInclude }),
    );
  });
}
