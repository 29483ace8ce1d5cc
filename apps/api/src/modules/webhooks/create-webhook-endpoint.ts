import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { toWebhookEndpointView } from "./to-webhook-view";
import type { CreatedWebhookEndpoint } from "./webhook.type";
import { validateWebhookUrl } from "./webhook-url";

/** Registers an endpoint with a fresh 256-bit signing secret, returned only here. */
export async function createWebhookEndpoint({
  prisma,
  viewer,
  name,
  url,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  name: string;
  url: string;
  ipAddress?: string | null;
}): Promise<CreatedWebhookEndpoint> {
  const trimmedName = name.trim();
  if (trimmedName.length === 0 || trimmedName.length > 100)
    throw new AppError("BAD_USER_INPUT", "name must be 1 to 100 characters.");
  const validUrl = validateWebhookUrl(url);
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({ data: { name: trimmedName, url: validUrl, secret } });
    // The host only: receivers such as automation tools put their own secret in the URL path.
    await recordAudit({
      prisma: tx,
      viewer,
      action: "webhookEndpoint.create",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      details: { name: trimmedName, host: new URL(validUrl).host },
      ipAddress,
    });
    return { endpoint: toWebhookEndpointView(endpoint), secret };
  });
}
