import type { WorkerRegistration } from "../../jobs/register-workers";
import { defaultDeliveryPolicy, deliverWebhook } from "./deliver-webhook";
import { requeueLapsedDeliveries } from "./requeue-lapsed-deliveries";
import { webhookDeliveryQueue, type WebhookDeliveryJob } from "./send-campaign-to-webhook";

/**
 * Runs queued webhook deliveries in this process, and sweeps every half lease for deliveries whose
 * worker stopped renewing its lease (killed), so they continue here or in another process.
 */
export const registerWebhookWorker: WorkerRegistration = async ({ prisma, jobs, logger, env }) => {
  const policy = { ...defaultDeliveryPolicy, leaseMs: env.SEGLENS_WEBHOOK_LEASE_SECONDS * 1000 };
  await jobs.work<WebhookDeliveryJob>(webhookDeliveryQueue, async (data) => {
    if (typeof data.deliveryId !== "string") {
      logger.warn("webhook job without a delivery id ignored");
      return;
    }
    await deliverWebhook({ prisma, deliveryId: data.deliveryId, policy, logger });
  });
  jobs.repeat("webhook lease sweep", policy.leaseMs / 2, async () => {
    const requeued = await requeueLapsedDeliveries({ prisma, jobs, leaseMs: policy.leaseMs });
    if (requeued.length > 0) logger.info("webhook deliveries with a lapsed lease queued again", { requeued });
  });
};
