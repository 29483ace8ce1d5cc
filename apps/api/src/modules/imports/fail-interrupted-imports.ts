import type { PrismaClient } from "@seglens/database";
import type { Logger } from "../../logging/logger";

export const interruptedMessage =
  "The import was interrupted (the API stopped while it ran); nothing was imported. Start a new upload.";

/**
 * At start-up: imports left VALIDATING or IMPORTING whose transaction is gone (its advisory lock is free)
 * were interrupted by a stop; their writes were rolled back with the transaction, so they are FAILED.
 * Imports still running in another API process hold the lock and are left alone.
 */
export async function failInterruptedImports({
  prisma,
  logger,
}: {
  prisma: PrismaClient;
  logger: Logger;
}): Promise<number> {
  const running = await prisma.importJob.findMany({
    where: { status: { in: ["VALIDATING", "IMPORTING"] } },
    select: { id: true },
  });
  let failed = 0;
  for (const { id } of running) {
    const interrupted = await prisma.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtextextended(${id}, 0)) AS locked`;
      if (!lock.locked) return false;
      const updated = await tx.importJob.updateMany({
        where: { id, status: { in: ["VALIDATING", "IMPORTING"] } },
        data: {
          status: "FAILED",
          errorMessage: interruptedMessage,
          finishedAt: new Date(),
          createdCount: 0,
          updatedCount: 0,
        },
      });
      return updated.count > 0;
    });
    if (interrupted) failed += 1;
  }
  if (failed > 0) logger.warn("imports interrupted by a restart marked failed", { count: failed });
  return failed;
}
