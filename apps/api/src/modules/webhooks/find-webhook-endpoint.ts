import type { Prisma, PrismaClient, WebhookEndpoint } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { isUuid } from "../segmentation-runs/get-segmentation-run";

type EndpointReader = Pick<PrismaClient, "webhookEndpoint"> | Prisma.TransactionClient;

export async function findWebhookEndpointOrThrow({
  prisma,
  id,
}: {
  prisma: EndpointReader;
  id: string;
}): Promise<WebhookEndpoint> {
  const endpoint = isUuid(id) ? await prisma.webhookEndpoint.findUnique({ where: { id } }) : null;
  if (!endpoint) throw new AppError("NOT_FOUND", `Webhook endpoint ${id} does not exist.`);
  return endpoint;
}
