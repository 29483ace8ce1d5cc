import type { PrismaClient } from "@seglens/database";

/** Customers of the run whose membership was set by real-time scoring after the run. */
export async function countRealtimeAssignments({
  prisma,
  runId,
}: {
  prisma: PrismaClient;
  runId: string;
}): Promise<number> {
  return prisma.segmentMembership.count({ where: { runId, source: "REALTIME" } });
}
