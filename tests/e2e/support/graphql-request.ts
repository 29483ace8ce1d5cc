export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export interface GraphqlResponse<TData> {
  status: number;
  data: TData | null;
  errors: GraphqlError[];
}

/** One operation straight to the API, signed in by a session cookie or an API key (never through the page). */
export async function postGraphql<TData>({
  url,
  query,
  variables = {},
  headers,
}: {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  headers: Record<string, string>;
}): Promise<GraphqlResponse<TData>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphqlError[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}

/** The data of an operation that must succeed; a GraphQL error fails the test with its code and message. */
export async function queryData<TData>(options: Parameters<typeof postGraphql>[0]): Promise<TData> {
  const result = await postGraphql<TData>(options);
  if (result.errors.length > 0 || result.data === null) {
    const first = result.errors[0];
    throw new Error(`GraphQL ${first?.extensions?.code ?? result.status}: ${first?.message ?? "no data"}`);
  }
  return result.data;
}
