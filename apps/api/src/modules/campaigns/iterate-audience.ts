import type { PrismaClient } from "@seglens/database";
import { notSuppressedCondition } from "./audience-filter";
import { readAudiencePage, type AudienceRow } from "./read-audience-page";

/**
 * The whole audience in batches, one keyset query per batch: memory stays at one batch however
 * large the audience. The caller may stop early (a client that went away).
 */
export async function* iterateAudience({
  prisma,
  segmentIds,
  batchSize = 1_000,
}: {
  prisma: PrismaClient;
  segmentIds: readonly string[];
  batchSize?: number;
}): AsyncGenerator<AudienceRow[]> {
  if (segmentIds.length === 0) return;
  const notSuppressed = await notSuppressedCondition(prisma);
  let afterCustomerId = 0;
  for (;;) {
    const rows = await readAudiencePage({
      prisma,
      segmentIds,
      notSuppressed,
      afterCustomerId,
      limit: batchSize,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    afterCustomerId = rows[rows.length - 1].customerId;
  }
}
