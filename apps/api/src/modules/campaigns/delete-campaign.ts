import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findCampaignOrThrow } from "./find-campaign";

const deletableStatuses = new Set(["DRAFT", "CANCELLED"]);

/** Deletes a DRAFT or CANCELLED campaign (one that ran keeps its results; cancel it instead). */
export async function deleteCampaign({
  prisma,
  viewer,
  id,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  id: string;
  ipAddress?: string | null;
}): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const current = await findCampaignOrThrow({ prisma: tx, id });
    if (!deletableStatuses.has(current.status)) {
      throw new AppError(
        "BAD_USER_INPUT",
        `Only DRAFT or CANCELLED campaigns can be deleted; this one is ${current.status}.`,
      );
    }
    const { count } = await tx.campaign.deleteMany({ where: { id, status: current.status } });
    if (count === 0)
      throw new AppError("CONFLICT", "The campaign's status changed meanwhile; reload and try again.");
    await recordAudit({
      prisma: tx,
      viewer,
      action: "campaign.delete",
      entityType: "Campaign",
      entityId: id,
      details: { name: current.name, status: current.status },
      ipAddress,
    });
    return true;
  });
}
