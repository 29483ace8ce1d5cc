import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { queueImportFromCsv, runQueuedImport } from "./test-fixtures/run-import-from-csv";

const csv = ["external_id,email,name", "d1,d1@example.com,Dee", "d2,d2@example.com,Dan"].join("\n");

describe("an import job delivered twice", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  const queuedJob = () => queueImportFromCsv({ api, kind: "CUSTOMERS", csv });
  const run = (importJobId: string) => runQueuedImport(api, importJobId);

  it("runs once when both deliveries start together: the second leaves the first's job and file alone", async () => {
    const id = await queuedJob();
    await Promise.all([run(id), run(id)]);
    expect(await api.prisma.importJob.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUCCEEDED",
      errorMessage: null,
      createdCount: 2,
      errorCount: 0,
    });
    expect(await api.prisma.customer.count({ where: { externalId: { in: ["d1", "d2"] } } })).toBe(2);
  });

  it("does nothing when delivered again after the import ended", async () => {
    const id = await queuedJob();
    await run(id);
    const first = await api.prisma.importJob.findUniqueOrThrow({ where: { id } });
    await run(id);
    expect(await api.prisma.importJob.findUniqueOrThrow({ where: { id } })).toEqual(first);
  });
});
