import type { ImportJob } from "@seglens/database";
import type { TestApi } from "../../../testing/create-test-api";

/**
 * Test support: polls an import job every `intervalMs` until it ends (SUCCEEDED or FAILED) and returns it;
 * `seen`, when given, receives every state polled on the way.
 */
export async function waitForImportEnd(
  api: TestApi,
  id: string,
  {
    intervalMs = 50,
    timeoutMs = 30_000,
    seen,
  }: { intervalMs?: number; timeoutMs?: number; seen?: ImportJob[] } = {},
): Promise<ImportJob> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const job = await api.prisma.importJob.findUniqueOrThrow({ where: { id } });
    seen?.push(job);
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`import ${id} did not finish within ${timeoutMs} ms`);
}

/** The import's per-row error report in file order, as the tests compare it. */
export async function readImportReport(
  api: TestApi,
  id: string,
): Promise<{ row: number; column: string | null; message: string }[]> {
  const errors = await api.prisma.importRowError.findMany({
    where: { importJobId: id },
    orderBy: [{ rowNumber: "asc" }, { id: "asc" }],
  });
  return errors.map(({ rowNumber, column, message }) => ({ row: rowNumber, column, message }));
}

/**
 * Polls until the import's own connection (application_name seglens-import) waits on a lock of `waitEvent`
 * (pg_stat_activity: "advisory" for an advisory lock, "transactionid" for another transaction's row or key);
 * false when it has not after 10 s.
 */
export async function importConnectionWaitsFor(
  api: TestApi,
  waitEvent: "advisory" | "transactionid",
): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const [found] = await api.prisma.$queryRaw<{ waiting: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'seglens-import'
                     AND datname = current_database() AND wait_event_type = 'Lock' AND wait_event = ${waitEvent}) AS waiting`;
    if (found.waiting) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
