import type { WebhookDelivery as DeliveryRow, WebhookEndpoint as EndpointRow } from "@seglens/database";
import type { WebhookDelivery, WebhookEndpoint } from "./webhook.type";

/** Never the secret: it is returned once, by createWebhookEndpoint. */
export function toWebhookEndpointView(row: EndpointRow): WebhookEndpoint {
  return { id: row.id, name: row.name, url: row.url, active: row.active, createdAt: row.createdAt };
}

export function toWebhookDeliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    campaignId: row.campaignId,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
    customerCount: row.customerCount,
    pageCount: row.pageCount,
    pagesDelivered: row.pagesDelivered,
  };
}
