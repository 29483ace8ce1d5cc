import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Uploaded files wait here between the upload and the import job. The API and its workers share one
 * machine's temp dir; a shared volume setting (SEGLENS_UPLOAD_DIR) is needed for workers on other machines.
 */
export function importUploadDir(): string {
  return join(tmpdir(), "seglens-imports");
}

export function uploadedFilePath(importJobId: string): string {
  return join(importUploadDir(), `${importJobId}.upload`);
}
