import type { WorkerRegistration } from "../../jobs/register-workers";
import { deliverWebhook } from "./deliver-webhook";
import { webhookDeliveryQueue, type WebhookDeliveryJob } from "./send-campaign-to-webhook";

/** Runs queued webhook deliveries in this process. */
export const registerWebhookWorker: WorkerRegistration = async ({ prisma, jobs, logger }) => {
  await jobs.work<WebhookDeliveryJob>(webhookDeliveryQueue, async (data) => {
    if (typeof data.deliveryId !== "string") {
      logger.warn("webhook job without a delivery id ignored");
      return;
    }
    await deliverWebhook({ prisma, deliveryId: data.deliveryId, logger });
  });
};
