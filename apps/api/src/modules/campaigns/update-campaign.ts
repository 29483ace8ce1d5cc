import type { Prisma, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import type { UpdateCampaignInput } from "./campaign.input";
import type { Campaign } from "./campaign.type";
import {
  validateCampaignContent,
  validateCampaignName,
  validateMoney,
  validateScheduledAt,
} from "./campaign-fields";
import { assertEditable } from "./campaign-status-machine";
import { findCampaignOrThrow } from "./find-campaign";
import { campaignViewInclude, toCampaignView } from "./to-campaign-view";

/** Changes the given fields of a campaign that is not COMPLETED or CANCELLED. */
export async function updateCampaign({
  prisma,
  viewer,
  id,
  input,
  ipAddress = null,
  now = new Date(),
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  input: UpdateCampaignInput;
  ipAddress?: string | null;
  now?: Date;
}): Promise<Campaign> {
  if (input.clearSchedule && input.scheduledAt)
    throw new AppError("BAD_USER_INPUT", "Give either scheduledAt or clearSchedule, not both.");
  const data: Prisma.CampaignUpdateInput = {};
  if (input.name !== undefined && input.name !== null) data.name = validateCampaignName(input.name);
  if (input.channel !== undefined && input.channel !== null) data.channel = input.channel;
  if (input.content !== undefined && input.content !== null)
    data.content = validateCampaignContent(input.content);
  if (input.budget !== undefined && input.budget !== null)
    data.budget = validateMoney(input.budget, "budget");
  if (input.scheduledAt) data.scheduledAt = validateScheduledAt(input.scheduledAt, now);
  if (input.clearSchedule) data.scheduledAt = null;
  if (Object.keys(data).length === 0)
    throw new AppError("BAD_USER_INPUT", "Give at least one field to change.");

  return prisma.$transaction(async (tx) => {
    const current = await findCampaignOrThrow({ prisma: tx, id });
    assertEditable(current.status);
    // A scheduled campaign must keep a start time: clearing it means moving back to draft, which the life cycle does not allow.
    if (data.scheduledAt === null && current.status === "SCHEDULED") {
      throw new AppError(
        "BAD_USER_INPUT",
        "A SCHEDULED campaign needs its scheduledAt; cancel it instead of clearing the schedule.",
      );
    }
    const campaign = await tx.campaign.update({ where: { id }, data, include: campaignViewInclude });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.update",
      entityType: "Campaign",
      entityId: id,
      details: { changed: Object.keys(data).sort() },
      ipAddress,
    });
    return toCampaignView(campaign);
  });
}
