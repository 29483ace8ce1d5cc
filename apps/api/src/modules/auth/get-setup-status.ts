import type { PrismaClient } from "@seglens/database";

/** Whether first-run setup is still open (no user exists yet). */
export async function getSetupStatus({ prisma }: { prisma: PrismaClient }): Promise<{ needsOwner: boolean }> {
  const anyUser = await prisma.user.findFirst({ select: { id: true } });
  return { needsOwner: anyUser === null };
}
