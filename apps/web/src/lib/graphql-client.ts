import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ApiError, firstErrorOf } from "./api-error";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RequestGraphqlOptions<TVariables> {
  document: DocumentTypeDecoration<unknown, TVariables> & { toString(): string };
  variables?: TVariables;
  /** Injected in tests; the browser's fetch otherwise. */
  fetcher?: FetchLike;
  endpoint?: string;
}

/**
 * POSTs one operation to the same-origin /graphql proxy. The session cookie rides along
 * (`same-origin`), and `apollo-require-preflight` satisfies Apollo's CSRF prevention.
 * Resolves to `data`, or throws ApiError with the API's code and message.
 */
export async function requestGraphql<TResult, TVariables>({
  document,
  variables,
  fetcher = (input, init) => fetch(input, init),
  endpoint = "/graphql",
}: RequestGraphqlOptions<TVariables> & {
  document: DocumentTypeDecoration<TResult, TVariables>;
}): Promise<TResult> {
  let response: Response;
  try {
    response = await fetcher(endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        "apollo-require-preflight": "true",
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError("NETWORK_ERROR", "The server cannot be reached. Check your connection and try again.");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      "BAD_RESPONSE",
      `The server answered with status ${response.status} and no readable data.`,
    );
  }
  const error = firstErrorOf(body);
  if (error) throw error;
  const data = (body as { data?: unknown } | null)?.data;
  if (!response.ok || data === null || data === undefined) {
    throw new ApiError("BAD_RESPONSE", `The server answered with status ${response.status} and no data.`);
  }
  return data as TResult;
}
