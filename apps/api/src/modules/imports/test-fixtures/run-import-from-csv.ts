import { mkdir, writeFile } from "node:fs/promises";
import type { ImportJob, ImportKind, ImportMode } from "@seglens/database";
import { createLogger } from "../../../logging/logger";
import type { TestApi } from "../../../testing/create-test-api";
import { guessMapping, type ImportMapping } from "../import-mapping";
import { runImportJob } from "../run-import-job";
import { importUploadDir, uploadedFilePath } from "../upload-storage";

export interface CsvImport {
  api: TestApi;
  kind: ImportKind;
  mode?: ImportMode;
  /** By default the mapping an upload guesses from the header. */
  mapping?: ImportMapping;
  csv: string;
}

/** Test support: stores `csv` as an uploaded file with a QUEUED import job, as an upload does; returns the job's id. */
export async function queueImportFromCsv({ api, kind, mode, mapping, csv }: CsvImport): Promise<string> {
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
  return job.id;
}

/** Test support: runs a queued import job in this process (the worker's own function, without the queue). */
export function runQueuedImport(api: TestApi, importJobId: string): Promise<void> {
  return runImportJob({
    prisma: api.prisma,
    databaseUrl: api.database.databaseUrl,
    importJobId,
    logger: createLogger("silent"),
  });
}

/** Test support: queues `csv` as an import and runs it here and now; returns the finished job. */
export async function runImportFromCsv(options: CsvImport): Promise<ImportJob> {
  const id = await queueImportFromCsv(options);
  await runQueuedImport(options.api, id);
  return options.api.prisma.importJob.findUniqueOrThrow({ where: { id } });
}
