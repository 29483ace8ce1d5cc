import type { Prisma } from "@seglens/database";

/**
 * Makes the run active when no run is, inside the transaction that marks it SUCCEEDED, so nobody
 * sees the first run succeeded but not yet active. Two runs finishing together race on the
 * partial unique index; the loser simply stays inactive: the savepoint keeps that failure from
 * aborting the transaction that saves its result.
 */
export async function activateIfNoneActive({
  tx,
  runId,
}: {
  tx: Pick<Prisma.TransactionClient, "$executeRaw">;
  runId: string;
}): Promise<boolean> {
  await tx.$executeRaw`savepoint activate_first_run`;
  try {
    const changed = await tx.$executeRaw`
      update "SegmentationRun" set "isActive" = true, "activatedAt" = now()
      where id = ${runId}::uuid and status = 'SUCCEEDED'
        and not exists (select 1 from "SegmentationRun" where "isActive")`;
    await tx.$executeRaw`release savepoint activate_first_run`;
    return changed === 1;
  } catch {
    await tx.$executeRaw`rollback to savepoint activate_first_run`;
    return false;
  }
}
