import { rename, rm } from "node:fs/promises";
import { ImportKind, ImportMode, type PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { actingUserId, type Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { ImportFileError } from "./import-file-error";
import { checkMapping, guessMapping, type ImportMapping } from "./import-mapping";
import type { ImportJob } from "./import.type";
import { openImportRows } from "./read-import-rows";
import type { ReceivedUpload } from "./receive-upload";
import { toImportJobNode } from "./to-import-job-node";
import { uploadedFilePath } from "./upload-storage";

export interface CreateImportJobOptions {
  prisma: PrismaClient;
  viewer: Viewer;
  upload: ReceivedUpload;
  ipAddress?: string | null;
}

/**
 * Records an uploaded file as an import (status QUEUED until startImport) with a guessed mapping; form
 * fields `kind`, `mode` and an optional `mapping` JSON override the guess. A file whose header cannot be
 * read (empty, binary, broken) is recorded as FAILED with the reason.
 */
export async function createImportJob({
  prisma,
  viewer,
  upload,
  ipAddress = null,
}: CreateImportJobOptions): Promise<ImportJob & { columns: string[] }> {
  try {
    const kind = upload.fields.kind?.trim().toUpperCase();
    if (!kind || !Object.hasOwn(ImportKind, kind))
      throw new AppError(
        "BAD_USER_INPUT",
        "Form field `kind` must be CUSTOMERS, ORDERS, EVENTS or PRODUCTS.",
      );
    const mode = upload.fields.mode?.trim().toUpperCase() || "ALL_OR_NOTHING";
    if (!Object.hasOwn(ImportMode, mode))
      throw new AppError("BAD_USER_INPUT", "Form field `mode` must be ALL_OR_NOTHING or VALID_ROWS_ONLY.");
    const override = parseMappingField(upload.fields.mapping);

    let columns: string[] = [];
    let failure: string | null = null;
    try {
      const source = await openImportRows(upload.tempPath);
      columns = source.columns;
      source.close();
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      failure = error.message;
    }
    const mapping: ImportMapping = { ...guessMapping(kind as ImportKind, columns), ...override };
    if (failure === null) checkMapping(kind as ImportKind, mapping);

    const job = await prisma.importJob.create({
      data: {
        kind: kind as ImportKind,
        mode: mode as ImportMode,
        fileName: upload.fileName.slice(0, 255),
        fileSha256: upload.sha256,
        fileSize: upload.size,
        mapping,
        createdById: actingUserId(viewer),
        ...(failure === null
          ? {}
          : { status: "FAILED" as const, errorMessage: failure, finishedAt: new Date() }),
      },
    });
    if (failure === null) await rename(upload.tempPath, uploadedFilePath(job.id));
    await recordAudit({
      prisma,
      viewer,
      action: "import.upload",
      entityType: "ImportJob",
      entityId: job.id,
      details: { kind, mode, fileName: job.fileName, fileSize: upload.size, sha256: upload.sha256 },
      ipAddress,
    });
    return { ...toImportJobNode(job), columns };
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

function parseMappingField(text: string | undefined): ImportMapping {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("BAD_USER_INPUT", "Form field `mapping` must be a JSON object of column → field.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("BAD_USER_INPUT", "Form field `mapping` must be a JSON object of column → field.");
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([column, field]) => {
      if (field !== null && typeof field !== "string")
        throw new AppError("BAD_USER_INPUT", `mapping["${column}"] must be a field name or null.`);
      return [column, field];
    }),
  );
}
