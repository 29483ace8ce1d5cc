import type { PrismaClient } from "@seglens/database";
import type { Logger } from "../../logging/logger";
import { assignCustomersRealtime } from "../segmentation-runs/assign-customers-realtime";

export interface AssignSegmentAfterWriteOptions {
  prisma: PrismaClient;
  logger: Logger;
  customerIds: readonly number[];
}

/**
 * Scores customers with the active run's model right after a write committed (their segment follows a
 * new customer, order or event without a new run). The write already succeeded: a scoring failure is
 * logged, never thrown, and the customer keeps its previous segment until the next run or write.
 */
export async function assignSegmentAfterWrite({
  prisma,
  logger,
  customerIds,
}: AssignSegmentAfterWriteOptions): Promise<void> {
  try {
    await assignCustomersRealtime({ prisma, customerIds });
  } catch (error) {
    logger.warn("real-time segment assignment failed", {
      customerIds: [...customerIds],
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
