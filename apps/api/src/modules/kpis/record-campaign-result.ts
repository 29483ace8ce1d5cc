import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { validateMoney } from "../campaigns/campaign-fields";
import { findCampaignOrThrow } from "../campaigns/find-campaign";
import type { RecordCampaignResultInput } from "./kpi.input";
import type { CampaignResult } from "./kpi.type";

const notStarted = new Set(["DRAFT", "SCHEDULED"]);
const maxCount = 1_000_000_000;

/** Adds a result; several results of the same campaign and segment add up (e.g. one per week). */
export async function recordCampaignResult({
  prisma,
  viewer,
  input,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  input: RecordCampaignResultInput;
  ipAddress?: string | null;
}): Promise<CampaignResult> {
  const { reach, conversions } = input;
  if (reach < 0 || reach > maxCount)
    throw new AppError("BAD_USER_INPUT", `reach must be between 0 and ${maxCount}.`);
  if (conversions < 0) throw new AppError("BAD_USER_INPUT", "conversions must be 0 or more.");
  if (conversions > reach)
    throw new AppError("BAD_USER_INPUT", `conversions (${conversions}) cannot exceed reach (${reach}).`);
  const revenue = validateMoney(input.revenue, "revenue");

  return prisma.$transaction(async (tx) => {
    const campaign = await findCampaignOrThrow({ prisma: tx, id: input.campaignId });
    if (notStarted.has(campaign.status)) {
      throw new AppError(
        "BAD_USER_INPUT",
        `A ${campaign.status} campaign has not run yet, so it has no results to record.`,
      );
    }
    const segmentId = input.segmentId ?? null;
    if (segmentId !== null) {
      const targeted = await tx.campaignSegment.findFirst({ where: { campaignId: campaign.id, segmentId } });
      if (!targeted)
        throw new AppError("BAD_USER_INPUT", `Segment ${segmentId} is not one of the campaign's segments.`);
    }
    const result = await tx.campaignResult.create({
      data: { campaignId: campaign.id, segmentId, reach, conversions, revenue },
    });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.recordResult",
      entityType: "Campaign",
      entityId: campaign.id,
      details: { resultId: result.id, segmentId, reach, conversions, revenue },
      ipAddress,
    });
    return { ...result, revenue: result.revenue.toNumber() };
  });
}
