import { mkdir, writeFile } from "node:fs/promises";
import type { ImportJob, ImportKind, ImportMode } from "@seglens/database";
import { createLogger } from "../../../logging/logger";
import type { TestApi } from "../../../testing/create-test-api";
import { guessMapping, type ImportMapping } from "../import-mapping";
import { runImportJob } from "../run-import-job";
import { importUploadDir, uploadedFilePath } from "../upload-storage";

/**
 * Test support: stores `csv` as an uploaded file with an import job of `kind` and `mapping` (by default the one
 * an upload guesses from the header), runs the job in this process (the worker's own function, without the
 * queue) and returns the finished job.
 */
export async function runImportFromCsv({
  api,
  kind,
  mode,
  mapping,
  csv,
}: {
  api: TestApi;
  kind: ImportKind;
  mode?: ImportMode;
  mapping?: ImportMapping;
  csv: string;
}): Promise<ImportJob> {
  const job = await api.prisma.importJob.create({
    data: {
      kind,
      mode,
      fileName: `${kind.toLowerCase()}.csv`,
      fileSha256: "0".repeat(64),
      fileSize: Buffer.byteLength(csv),
      mapping: mapping ?? guessMapping(kind, csv.split(/\r?\n/, 1)[0].split(",")),
    },
  });
  await mkdir(importUploadDir(), { recursive: true });
  await writeFile(uploadedFilePath(job.id), csv);
  await runImportJob({
    prisma: api.prisma,
    databaseUrl: api.database.databaseUrl,
    importJobId: job.id,
    logger: createLogger("silent"),
  });
  return api.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
}
