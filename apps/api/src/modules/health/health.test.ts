import { createTestApi, type TestApi } from "../../testing/create-test-api";

describe("health and the error contract", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("answers the health query without login, in-process and over HTTP", async () => {
    const query = "query Health { health { ok databaseMode version } }";
    const inProcess = await api.execute(query);
    expect(inProcess.errors).toBeUndefined();
    expect(inProcess.data).toEqual({
      health: { ok: true, databaseMode: api.database.mode, version: "0.1.0" },
    });

    const overHttp = await api.post(query);
    expect(overHttp.status).toBe(200);
    expect(overHttp.body.data).toEqual(inProcess.data);
  });

  it("maps a malformed document and an unknown field to BAD_USER_INPUT with the cause", async () => {
    const broken = await api.post("query { health { ok ");
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(broken.body.errors?.[0].message).toMatch(/Syntax Error/);

    const unknown = await api.post("query { health { nope } }");
    expect(unknown.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.body.errors?.[0].message).toMatch(/Cannot query field "nope"/);
  });

  it("refuses an unknown API key with UNAUTHENTICATED and 401", async () => {
    const response = await api.post(
      "query { health { ok } }",
      {},
      { authorization: "Bearer sk_not_a_real_key" },
    );
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]).toMatchObject({
      message: "The API key is not valid (unknown, revoked or expired).",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("blocks a cross-site simple POST (CSRF prevention) and oversized bodies", async () => {
    const csrf = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ health { ok } }" }),
    });
    expect(csrf.status).toBe(400);

    const huge = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ health { ok } }", variables: { padding: "x".repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(
      ((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
  });

  it("reports DATABASE_UNAVAILABLE when the database is gone", async () => {
    await api.database.drop();
    const response = await api.post("query { health { ok } }");
    expect(response.body.errors?.[0].extensions?.code).toBe("DATABASE_UNAVAILABLE");
  });
});
