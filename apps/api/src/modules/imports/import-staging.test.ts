import type { ImportJob } from "@seglens/database";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { needsAnalyse } from "./refresh-changed-tables";
import { runImportFromCsv } from "./test-fixtures/run-import-from-csv";
import { uploadImportFile } from "./test-fixtures/upload-import-file";
import { waitForImportEnd } from "./test-fixtures/wait-for-import";

const startMutation = "mutation Start($id: ID!) { startImport(importId: $id) { id status } }";

function customersCsv(prefix: string, count: number): string {
  const rows = Array.from(
    { length: count },
    (_, index) => `${prefix}${index},${prefix}${index}@example.com,Name ${index}`,
  );
  return ["external_id,email,name", ...rows].join("\n");
}

describe("import staging and the tables after an import", () => {
  let api: TestApi;
  let owner: TestUser;

  beforeAll(async () => {
    api = await createTestApi();
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Uploads a customers file and starts its import; returns the job's id. */
  async function startCustomersImport(csv: string): Promise<string> {
    const { status, body } = await uploadImportFile({
      apiUrl: api.url,
      content: csv,
      fields: { kind: "CUSTOMERS" },
      fileName: "customers.csv",
      headers: { "x-seglens-csrf": "1", cookie: owner.cookie },
    });
    expect(status).toBe(201);
    const importJob = body.importJob!;
    if (importJob.status === "QUEUED")
      expect((await api.execute(startMutation, { id: importJob.id }, owner.viewer)).errors).toBeUndefined();
    return importJob.id;
  }

  /** Polls the job until it ends, keeping every state seen on the way. */
  async function watchJob(id: string): Promise<{ job: ImportJob; seen: ImportJob[] }> {
    const seen: ImportJob[] = [];
    const job = await waitForImportEnd(api, id, { intervalMs: 5, seen });
    return { job, seen };
  }

  /** Runs an import here and now, as the worker does, so it has refreshed the tables when it returns. */
  const runCustomersImport = (csv: string): Promise<ImportJob> =>
    runImportFromCsv({ api, kind: "CUSTOMERS", csv });

  async function pendingPagesMerged(): Promise<number> {
    const [row] = await api.prisma.$queryRaw<{ pages: number }[]>`
      SELECT gin_clean_pending_list('"Customer_search_trgm_idx"'::regclass)::int AS pages`;
    return row.pages;
  }

  async function customerRowsAndEstimate(): Promise<{ rows: number; estimate: number }> {
    const [row] = await api.prisma.$queryRaw<{ rows: number; estimate: number }[]>`
      SELECT (SELECT count(*) FROM "Customer")::int AS rows,
             (SELECT reltuples FROM pg_class WHERE oid = '"Customer"'::regclass)::int AS estimate`;
    return row;
  }

  // First in this file: the analyse threshold depends on how many customers the table had.
  it("leaves the search index's pending list merged, and analyses the customers after a large import only", async () => {
    // Written directly, new customers wait in the GIN pending list (fastupdate) until it is merged.
    await api.prisma.$executeRaw`
      INSERT INTO "Customer" ("externalId", "email", "name", "updatedAt")
      SELECT 'direct-' || g, 'direct-' || g || '@example.com', 'Direct ' || g, now() FROM generate_series(1, 300) g`;
    expect(await pendingPagesMerged()).toBeGreaterThan(0);

    const large = await runCustomersImport(customersCsv("large-", 300));
    expect(large).toMatchObject({ status: "SUCCEEDED", createdCount: 300 });
    expect(await pendingPagesMerged()).toBe(0);
    // 300 new rows are more than a tenth of the table: analysed, so the estimate is the exact count (600).
    expect(await customerRowsAndEstimate()).toEqual({ rows: 600, estimate: 600 });

    const small = await runCustomersImport(customersCsv("small-", 2));
    expect(small).toMatchObject({ status: "SUCCEEDED", createdCount: 2 });
    expect(await pendingPagesMerged()).toBe(0);
    // 2 new rows of 600: not analysed, the estimate stays.
    expect(await customerRowsAndEstimate()).toEqual({ rows: 602, estimate: 600 });
  });

  it("answers other queries and reports progress while a file is staged", async () => {
    const { job, seen } = await watchJob(await startCustomersImport(customersCsv("staged-", 40_000)));
    expect(job).toMatchObject({ status: "SUCCEEDED", createdCount: 40_000, progress: 1 });
    // Read on another connection while the rows were staged (the embedded database's one session was free).
    const staging = seen.filter((state) => state.status === "VALIDATING" && state.progress > 0);
    expect(staging.length).toBeGreaterThan(0);
    expect(Math.max(...staging.map((state) => state.progress))).toBeLessThanOrEqual(0.45);
    // A bulk write (600 customers before, 40,000 new) rebuilds indexes after the writes: progress never goes back.
    const progress = seen.map((state) => state.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("runs two imports started together (one after the other on the embedded database)", async () => {
    const ids = [
      await startCustomersImport(customersCsv("first-", 3_000)),
      await startCustomersImport(customersCsv("second-", 2_000)),
    ];
    const [first, second] = await Promise.all(ids.map(watchJob));
    expect(first.job).toMatchObject({ status: "SUCCEEDED", createdCount: 3_000, errorCount: 0 });
    expect(second.job).toMatchObject({ status: "SUCCEEDED", createdCount: 2_000, errorCount: 0 });
    expect(await api.prisma.customer.count({ where: { externalId: { startsWith: "second-" } } })).toBe(2_000);
  });
});

describe("needsAnalyse", () => {
  it("is true above 10,000 changed rows or a tenth of the table, and for a table never analysed", () => {
    expect(needsAnalyse(10_001, 1e9)).toBe(true);
    expect(needsAnalyse(10_000, 200_000)).toBe(false);
    expect(needsAnalyse(41, 400)).toBe(true);
    expect(needsAnalyse(40, 400)).toBe(false);
    expect(needsAnalyse(1, -1)).toBe(true);
  });
});
