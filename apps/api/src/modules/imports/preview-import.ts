import type { PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { findImportJob } from "./find-import-job";
import { ImportFileError } from "./import-file-error";
import { importFields } from "./import-fields";
import { readStoredMapping } from "./import-mapping";
import type { ImportPreview } from "./import.type";
import { openImportRows } from "./read-import-rows";
import { toImportJobNode } from "./to-import-job-node";
import { uploadedFilePath } from "./upload-storage";

/** The header, the first rows and the mapping of an uploaded file that has not been imported yet. */
export async function previewImport({
  prisma,
  importId,
  rowLimit = 10,
}: {
  prisma: PrismaClient;
  importId: string;
  rowLimit?: number;
}): Promise<ImportPreview> {
  const job = await findImportJob({ prisma, importId });
  if (job.status !== "QUEUED" || job.startedAt) {
    throw new AppError(
      "CONFLICT",
      `Import ${importId} has already ${job.status === "FAILED" ? "failed" : "started"}; upload the file again to preview it.`,
    );
  }
  const rows: string[][] = [];
  let columns: string[];
  try {
    const source = await openImportRows(uploadedFilePath(job.id));
    columns = source.columns;
    try {
      reading: for await (const batch of source.rowBatches) {
        for (const row of batch) {
          if (row.cells.every((cell) => cell.trim() === "")) continue;
          rows.push(row.cells);
          if (rows.length >= rowLimit) break reading;
        }
      }
    } finally {
      source.close();
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("BAD_USER_INPUT", error.message);
    throw error;
  }
  const mapping = readStoredMapping(job.mapping);
  return {
    importJob: toImportJobNode(job),
    columns,
    rows,
    mapping: columns.map((column) => ({ column, field: mapping[column] ?? null })),
    fields: importFields[job.kind].map(({ name, required, description }) => ({
      name,
      required,
      description,
    })),
  };
}
