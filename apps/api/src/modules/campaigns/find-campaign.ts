import type { Campaign as CampaignRow, Prisma, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";

type CampaignReader = Pick<PrismaClient, "campaign"> | Prisma.TransactionClient;

/** The campaign, or NOT_FOUND (a malformed id is just an id that does not exist). */
export async function findCampaignOrThrow({
  prisma,
  id,
}: {
  prisma: CampaignReader;
  id: string;
}): Promise<CampaignRow> {
  const campaign = isUuid(id) ? await prisma.campaign.findUnique({ where: { id } }) : null;
  if (!campaign) throw new AppError("NOT_FOUND", `Campaign ${id} does not exist.`);
  return campaign;
}
