import { mkdir, writeFile } from "node:fs/promises";
import { createLogger } from "../../logging/logger";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { runImportJob } from "./run-import-job";
import { importUploadDir, uploadedFilePath } from "./upload-storage";

const csv = ["external_id,email,name", "d1,d1@example.com,Dee", "d2,d2@example.com,Dan"].join("\n");

describe("an import job delivered twice", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function queuedJob(): Promise<string> {
    const job = await api.prisma.importJob.create({
      data: {
        kind: "CUSTOMERS",
        fileName: "customers.csv",
        fileSha256: "0".repeat(64),
        fileSize: Buffer.byteLength(csv),
        mapping: { external_id: "externalId", email: "email", name: "name" },
      },
    });
    await mkdir(importUploadDir(), { recursive: true });
    await writeFile(uploadedFilePath(job.id), csv);
    return job.id;
  }

  const run = (importJobId: string) =>
    runImportJob({
      prisma: api.prisma,
      databaseUrl: api.database.databaseUrl,
      importJobId,
      logger: createLogger("silent"),
    });

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
