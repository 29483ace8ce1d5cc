import { ApiError } from "./api-error";
import { requestGraphql, type FetchLike } from "./graphql-client";

// A typed document as the codegen client preset emits it (documentMode: string).
const document = Object.assign(new String("query Health { health { ok } }"), {
  __apiType: undefined as unknown as (variables: { verbose?: boolean }) => { health: { ok: boolean } },
});

function respond(
  status: number,
  body: unknown,
): { fetcher: FetchLike; calls: Array<{ input: string; init: RequestInit }> } {
  const calls: Array<{ input: string; init: RequestInit }> = [];
  const fetcher: FetchLike = async (input, init) => {
    calls.push({ input, init });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  };
  return { fetcher, calls };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("requestGraphql", () => {
  it("POSTs the operation and variables same-origin with the CSRF preflight header and returns data", async () => {
    const { fetcher, calls } = respond(200, { data: { health: { ok: true } } });
    const data = await requestGraphql({ document, variables: { verbose: true }, fetcher });
    expect(data).toEqual({ health: { ok: true } });
    expect(calls).toHaveLength(1);
    expect(calls[0].input).toBe("/graphql");
    expect(calls[0].init.method).toBe("POST");
    expect(calls[0].init.credentials).toBe("same-origin");
    expect((calls[0].init.headers as Record<string, string>)["apollo-require-preflight"]).toBe("true");
    expect(JSON.parse(String(calls[0].init.body))).toEqual({
      query: "query Health { health { ok } }",
      variables: { verbose: true },
    });
  });

  it("throws the API's code and message when the body has errors (even with HTTP 200)", async () => {
    const { fetcher } = respond(200, {
      data: null,
      errors: [{ message: "Sign in to use this operation.", extensions: { code: "UNAUTHENTICATED" } }],
    });
    const error = await rejection(requestGraphql({ document, fetcher }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.message).toBe("Sign in to use this operation.");
  });

  it("reads error bodies of non-2xx answers too", async () => {
    const { fetcher } = respond(429, {
      errors: [{ message: "Too many requests.", extensions: { code: "RATE_LIMITED" } }],
    });
    expect((await rejection(requestGraphql({ document, fetcher }))).code).toBe("RATE_LIMITED");
  });

  it("reports a network failure as NETWORK_ERROR", async () => {
    const fetcher: FetchLike = async () => {
      throw new TypeError("fetch failed");
    };
    expect((await rejection(requestGraphql({ document, fetcher }))).code).toBe("NETWORK_ERROR");
  });

  it("reports a non-JSON answer (e.g. a proxy's HTML error page) with its status", async () => {
    const { fetcher } = respond(502, "<html>Bad gateway</html>");
    const error = await rejection(requestGraphql({ document, fetcher }));
    expect(error.code).toBe("BAD_RESPONSE");
    expect(error.message).toContain("502");
  });

  it("refuses a body with neither data nor errors", async () => {
    const { fetcher } = respond(200, {});
    expect((await rejection(requestGraphql({ document, fetcher }))).code).toBe("BAD_RESPONSE");
  });
});
