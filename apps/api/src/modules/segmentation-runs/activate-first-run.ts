import type { PrismaClient } from "@seglens/database";

/**
 * Makes the run active when no run is. Two runs finishing together race on the partial unique
 * index; the loser simply stays inactive.
 */
export async function activateIfNoneActive({
  prisma,
  runId,
}: {
  prisma: PrismaClient;
  runId: string;
}): Promise<boolean> {
  try {
    const changed = await prisma.$executeRaw`
      update "SegmentationRun" set "isActive" = true, "activatedAt" = now()
      where id = ${runId}::uuid and status = 'SUCCEEDED'
        and not exists (select 1 from "SegmentationRun" where "isActive")`;
    return changed === 1;
  } catch {
    return false;
  }
}
