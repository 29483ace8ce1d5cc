import { ApiError, firstErrorOf } from "./api-error";
import type { FetchLike } from "./graphql-client";

export type ImportKindName = "CUSTOMERS" | "PRODUCTS" | "ORDERS" | "EVENTS";
export type ImportModeName = "ALL_OR_NOTHING" | "VALID_ROWS_ONLY";

/**
 * Sends a file to POST /imports (multipart). The API records it with a guessed mapping and waits
 * for startImport; `x-seglens-csrf` proves the request came from this page, not a cross-site form.
 */
export async function uploadImportFile({
  file,
  kind,
  mode,
  fetcher = (input, init) => fetch(input, init),
}: {
  file: Blob & { name?: string };
  kind: ImportKindName;
  mode: ImportModeName;
  fetcher?: FetchLike;
}): Promise<{ importId: string }> {
  const form = new FormData();
  form.append("kind", kind);
  form.append("mode", mode);
  form.append("file", file, file.name ?? "upload.csv");
  let response: Response;
  try {
    response = await fetcher("/imports", {
      method: "POST",
      body: form,
      credentials: "same-origin",
      headers: { "x-seglens-csrf": "1" },
    });
  } catch {
    throw new ApiError(
      "NETWORK_ERROR",
      "The upload did not reach the server. Check your connection and try again.",
    );
  }
  const body: unknown = await response.json().catch(() => null);
  const error = firstErrorOf(body);
  if (error) throw error;
  if (response.status === 413)
    throw new ApiError("PAYLOAD_TOO_LARGE", "The file is larger than the server accepts.");
  const id = (body as { importJob?: { id?: unknown } } | null)?.importJob?.id;
  if (!response.ok || typeof id !== "string") {
    throw new ApiError("BAD_RESPONSE", `The upload failed with status ${response.status}.`);
  }
  return { importId: id };
}
