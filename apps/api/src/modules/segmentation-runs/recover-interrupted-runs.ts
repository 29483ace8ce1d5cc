import type { PrismaClient } from "@seglens/database";

/** A running run writes a heartbeat every 250 ms; one silent this long belongs to a dead process. */
export const staleRunAfterMs = 2 * 60 * 1000;

export const interruptedRunMessage = "The run was interrupted by a restart of the server; start it again.";

/**
 * Marks RUNNING runs whose heartbeat (timings.heartbeatAt, else startedAt) is older than
 * `staleAfterMs` as FAILED, so no run stays "running" forever after a crash. Live runs of another
 * API process keep beating and are left alone. QUEUED runs are left too: their job is stored in
 * PostgreSQL and a worker will take it. Returns the ids marked. The segments (and, by cascade, memberships)
 * a run had written before its final switch are deleted in the same statement: nothing half-written stays.
 */
export async function recoverInterruptedRuns({
  prisma,
  staleAfterMs = staleRunAfterMs,
}: {
  prisma: Pick<PrismaClient, "$queryRaw">;
  staleAfterMs?: number;
}): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    with failed as (
      update "SegmentationRun"
      set status = 'FAILED', stage = 'failed', error = ${interruptedRunMessage}, "finishedAt" = now()
      where status = 'RUNNING'
        and coalesce((timings->>'heartbeatAt')::timestamptz, "startedAt", "createdAt")
            < now() - make_interval(secs => ${staleAfterMs / 1000})
      returning id
    ),
    discarded as (delete from "Segment" where "runId" in (select id from failed))
    select id from failed`;
  return rows.map((row) => row.id);
}
