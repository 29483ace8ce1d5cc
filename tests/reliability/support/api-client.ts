import { openAsBlob } from "node:fs";
import { request } from "node:http";

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: GraphqlError[] };
  headers: Headers;
  /** Milliseconds from sending to the parsed answer. */
  elapsedMs: number;
}

/** POSTs one GraphQL operation with variables; a non-JSON answer becomes `{ errors: [{ message: <text> }] }`. */
export async function postGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<GraphqlResponse<T>> {
  return postRaw<T>(
    baseUrl,
    JSON.stringify({ query, variables }),
    { "content-type": "application/json", ...headers },
    timeoutMs,
  );
}

/**
 * POSTs any body to /graphql (batches, wrong content types, broken JSON). Each request gets its own
 * connection: a reused keep-alive socket that the server closes at the moment it is reused fails with
 * "other side closed", which would be a flake of the client, not an answer of the API.
 */
export async function postRaw<T = Record<string, unknown>>(
  baseUrl: string,
  body: string | Buffer,
  headers: Record<string, string>,
  timeoutMs = 30_000,
): Promise<GraphqlResponse<T>> {
  const started = performance.now();
  const response = await sendOnce(`${baseUrl}/graphql`, body, headers, timeoutMs);
  let parsed: GraphqlResponse<T>["body"];
  try {
    parsed = JSON.parse(response.text) as GraphqlResponse<T>["body"];
  } catch {
    parsed = { errors: [{ message: response.text }] };
  }
  return {
    status: response.status,
    body: parsed,
    headers: response.headers,
    elapsedMs: performance.now() - started,
  };
}

function sendOnce(
  url: string,
  body: string | Buffer,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; text: string; headers: Headers }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        agent: false,
        timeout: timeoutMs,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
              responseHeaders.append(name, item);
          }
          resolve({
            status: incoming.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
            headers: responseHeaders,
          });
        });
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** The `seglens_session=<token>` pair of a response's Set-Cookie, or null. */
export function sessionCookieOf(headers: Headers): string | null {
  for (const cookie of headers.getSetCookie()) {
    const match = /^seglens_session=([^;]+)/.exec(cookie);
    if (match) return `seglens_session=${match[1]}`;
  }
  return null;
}

export const ownerPassword = "Correct-Horse-Battery-9";

/** First-run setup over HTTP: creates the owner and returns its session cookie. */
export async function createOwnerSession(
  baseUrl: string,
  email = "owner@example.com",
  password = ownerPassword,
): Promise<string> {
  const response = await postGraphql(
    baseUrl,
    'mutation Setup($email: String!, $password: String!) { createOwner(email: $email, password: $password, name: "Owner") { role } }',
    { email, password },
  );
  const cookie = sessionCookieOf(response.headers);
  if (!cookie) throw new Error(`createOwner failed: ${JSON.stringify(response.body)}`);
  return cookie;
}

/** Creates an API key with these scopes as the owner and returns the `Authorization` header value. */
export async function createApiKey(
  baseUrl: string,
  ownerCookie: string,
  scopes: string[],
  expiresAt: string | null = null,
): Promise<{ authorization: string; key: string; id: string }> {
  const response = await postGraphql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
    baseUrl,
    "mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }",
    { input: { name: `key ${scopes.join(" ")}`.slice(0, 100), scopes, expiresAt } },
    { cookie: ownerCookie },
  );
  const created = response.body.data?.createApiKey;
  if (!created) throw new Error(`createApiKey failed: ${JSON.stringify(response.body)}`);
  return { authorization: `Bearer ${created.key}`, key: created.key, id: created.apiKey.id };
}

export interface UploadResult {
  status: number;
  body: { importJob?: { id: string; status: string; errorMessage?: string | null }; errors?: GraphqlError[] };
}

/** POST /imports as multipart/form-data; `file` is a path on disk (streamed) or the bytes themselves. */
export async function uploadImport(
  baseUrl: string,
  file: { path: string } | { bytes: Buffer | string },
  fields: Record<string, string>,
  headers: Record<string, string>,
  fileName = "upload.csv",
): Promise<UploadResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const blob =
    "path" in file
      ? await openAsBlob(file.path, { type: "text/csv" })
      : new Blob([file.bytes], { type: "text/csv" });
  form.append("file", blob, fileName);
  const response = await fetch(`${baseUrl}/imports`, {
    method: "POST",
    headers,
    body: form,
    signal: AbortSignal.timeout(240_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as UploadResult["body"] };
  } catch {
    return { status: response.status, body: { errors: [{ message: text }] } };
  }
}

export const importJobQuery =
  "query Import($id: ID!) { importJob(id: $id) { id status progress totalRows errorCount createdCount updatedCount skippedCount errorMessage } }";

export interface ImportJobView {
  id: string;
  status: string;
  progress: number;
  totalRows: number;
  errorCount: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  errorMessage: string | null;
}

/** Uploads then starts an import; returns its id. */
export async function uploadAndStart(
  baseUrl: string,
  file: { path: string } | { bytes: Buffer | string },
  kind: string,
  headers: Record<string, string>,
  mode = "ALL_OR_NOTHING",
): Promise<string> {
  const upload = await uploadImport(baseUrl, file, { kind, mode }, { ...headers, "x-seglens-csrf": "1" });
  const id = upload.body.importJob?.id;
  if (upload.status !== 201 || !id)
    throw new Error(`upload failed (${upload.status}): ${JSON.stringify(upload.body)}`);
  const started = await postGraphql(
    baseUrl,
    "mutation Start($id: ID!) { startImport(importId: $id) { id status } }",
    { id },
    headers,
  );
  if (started.body.errors) throw new Error(`startImport failed: ${JSON.stringify(started.body.errors)}`);
  return id;
}

/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ""}`,
      );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Reads an import through the API (null while the API or database cannot answer). */
export async function readImportJob(
  baseUrl: string,
  id: string,
  headers: Record<string, string>,
): Promise<ImportJobView | null> {
  try {
    const response = await postGraphql<{ importJob: ImportJobView }>(
      baseUrl,
      importJobQuery,
      { id },
      headers,
      10_000,
    );
    return response.body.data?.importJob ?? null;
  } catch {
    return null;
  }
}
