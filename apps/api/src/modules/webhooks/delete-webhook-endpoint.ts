import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint";

/** Deletes an endpoint and its delivery history; a delivery still queued for it is dropped by the worker. */
export async function deleteWebhookEndpoint({
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
    const endpoint = await findWebhookEndpointOrThrow({ prisma: tx, id });
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "webhookEndpoint.delete",
      entityType: "WebhookEndpoint",
      entityId: id,
      details: { name: endpoint.name, host: new URL(endpoint.url).host },
      ipAddress,
    });
    return true;
  });
}
