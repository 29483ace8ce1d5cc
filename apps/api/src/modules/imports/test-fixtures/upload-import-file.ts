/** What POST /imports answers: the created job (201) or errors. */
export interface UploadImportResponse {
  status: number;
  body: {
    importJob?: {
      id: string;
      status: string;
      columns: string[];
      mapping: { column: string; field: string | null }[];
      errorMessage: string | null;
    };
    errors?: { message: string; extensions: { code: string } }[];
  };
}

/**
 * Test support: uploads a file to the API's POST /imports as multipart form data, as the dashboard does,
 * with the given form fields (kind, mode, ...) and headers (a session cookie and the CSRF header, or none).
 */
export async function uploadImportFile({
  apiUrl,
  content,
  fields,
  fileName = "data.csv",
  headers,
}: {
  apiUrl: string;
  content: string | Buffer;
  fields: Record<string, string>;
  fileName?: string;
  headers: Record<string, string>;
}): Promise<UploadImportResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([content]), fileName);
  const response = await fetch(`${apiUrl}/imports`, { method: "POST", body: form, headers });
  return { status: response.status, body: (await response.json()) as UploadImportResponse["body"] };
}
