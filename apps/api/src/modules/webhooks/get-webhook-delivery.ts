import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";
import { toWebhookDeliveryView } from "./to-webhook-view";
import type { WebhookDelivery } from "./webhook.type";

export async function getWebhookDelivery({
  prisma,
  id,
}: {
  prisma: PrismaClient;
  id: string;
}): Promise<WebhookDelivery> {
  const delivery = isUuid(id) ? await prisma.webhookDelivery.findUnique({ where: { id } }) : null;
  if (!delivery) throw new AppError("NOT_FOUND", `Webhook delivery ${id} does not exist.`);
  return toWebhookDeliveryView(delivery);
}
