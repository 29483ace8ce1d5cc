import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from "@seglens/database";
import { parseEnvironment } from "../env";
import { graphqlLimits } from "../graphql/graphql-limits";
import { startJobQueue, type JobQueue } from "../jobs/job-queue";
import { createLogger } from "../logging/logger";
import { createTestUser } from "../modules/auth/create-test-user";
import { createTestApi, type TestApi } from "../testing/create-test-api";
import { createApiServer, type ApiServer } from "./create-api-server";

interface ErrorBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ErrorBody };
}

function nested(depth: number): string {
  return `${"{ a ".repeat(depth)}${"} ".repeat(depth)}`;
}

describe("GraphQL limits, headers, CSRF and error masking (test server)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("sends security headers on API responses", async () => {
    for (const response of [
      await fetch(`${api.url}/healthz`),
      (await postJson(api.url, { query: "{ health { ok } }" })) as { headers: Headers },
    ]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("refuses documents over the pinned depth, alias, token and directive limits", async () => {
    const tooDeep = await postJson(api.url, { query: nested(graphqlLimits.maxDepth + 2) });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.map((error) => error.message).join("\n")).toMatch(
      /Query depth limit of 10 exceeded/,
    );

    const aliases = Array.from(
      { length: graphqlLimits.maxAliases + 1 },
      (_, index) => `h${index}: health { ok }`,
    ).join(" ");
    const tooManyAliases = await postJson(api.url, { query: `{ ${aliases} }` });
    expect(tooManyAliases.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Aliases limit of 15 exceeded/),
      extensions: { code: "BAD_USER_INPUT" },
    });
    const fifteen = Array.from(
      { length: graphqlLimits.maxAliases },
      (_, index) => `h${index}: health { ok }`,
    ).join(" ");
    expect((await postJson(api.url, { query: `{ ${fifteen} }` })).body.errors).toBeUndefined();

    const tokens = await postJson(api.url, {
      query: `{ health { ${"ok ".repeat(graphqlLimits.maxTokens)} } }`,
    });
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/contains more th[ae][nt] 2000 tokens/),
      extensions: { code: "BAD_USER_INPUT" },
    });

    const directives = await postJson(api.url, {
      query: `{ health { ok ${"@include(if: true) ".repeat(graphqlLimits.maxDirectives + 1)} } }`,
    });
    expect(directives.body.errors?.map((error) => error.message).join("\n")).toMatch(
      /Directives limit of 10 exceeded/,
    );
  });

  it("blocks cross-site requests that skip the CORS preflight (CSRF prevention)", async () => {
    const simpleForm = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=%7Bhealth%7Bok%7D%7D",
    });
    expect(simpleForm.status).toBe(400);
    const simpleGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ health { ok } }")}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/);
    const withPreflightHeader = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent("{ health { ok } }")}`,
      { headers: { "apollo-require-preflight": "1" } },
    );
    expect(withPreflightHeader.status).toBe(200);
  });

  it("masks an unexpected internal error as INTERNAL_SERVER_ERROR without internals", async () => {
    const owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    await api.prisma.$executeRawUnsafe('ALTER TABLE "AuditLog" RENAME TO "AuditLogHidden"');
    try {
      const response = await postJson(
        api.url,
        { query: "{ auditLog(first: 5) { totalCount } }" },
        { cookie: owner.cookie },
      );
      expect(response.body.errors).toEqual([
        {
          message: "Something went wrong on the server.",
          path: ["auditLog"],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ]);
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(/AuditLogHidden|relation|does not exist|prisma|stack|\.ts:/i);
    } finally {
      await api.prisma.$executeRawUnsafe('ALTER TABLE "AuditLogHidden" RENAME TO "AuditLog"');
    }
  });
});

describe("production mode and rate limits (own servers)", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let jobs: JobQueue;
  const servers: ApiServer[] = [];
  const logger = createLogger("silent");

  async function startServer(settings: Record<string, string>): Promise<string> {
    const env = parseEnvironment({ LOG_LEVEL: "silent", DATABASE_URL: database.databaseUrl, ...settings });
    const server = await createApiServer({
      prisma,
      databaseUrl: database.databaseUrl,
      env,
      databaseMode: database.mode,
      logger,
      jobs,
    });
    servers.push(server);
    return server.listen(0);
  }

  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 3 });
    jobs = await startJobQueue({ databaseUrl: database.databaseUrl, logger });
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await jobs?.stop();
    await prisma?.$disconnect();
    await database?.drop();
  });

  it("in production: no introspection, no stack traces, Secure session cookie, HSTS", async () => {
    const url = await startServer({ NODE_ENV: "production" });
    const introspection = await postJson(url, { query: "{ __schema { types { name } } }" });
    expect(introspection.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/introspection is not allowed/i),
      extensions: { code: "BAD_USER_INPUT" },
    });

    const failing = await postJson(url, { query: "{ auditLog(first: 1) { totalCount } }" });
    expect(failing.body.errors?.[0].extensions).toEqual({ code: "UNAUTHENTICATED" });

    const { user, password } = await createTestUser({ prisma, role: "VIEWER" });
    const login = await postJson(url, {
      query: "mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { role } }",
      variables: { e: user.email, p: password },
    });
    expect(login.body.data).toEqual({ login: { role: "VIEWER" } });
    expect(login.headers.getSetCookie().join("\n")).toMatch(/seglens_session=[^;]+;.*Secure/);
    expect(login.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("answers 429 RATE_LIMITED per IP and per API key once the minute's budget is spent", async () => {
    const url = await startServer({ NODE_ENV: "test", SEGLENS_RATE_LIMIT_PER_MINUTE: "5" });
    const fromIp = (ip: string, headers: Record<string, string> = {}) =>
      postJson(url, { query: "{ health { ok } }" }, { "x-forwarded-for": ip, ...headers });

    const statuses: number[] = [];
    for (let request = 0; request < 6; request += 1) statuses.push((await fromIp("203.0.113.7")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await fromIp("203.0.113.7");
    expect(limited.body.errors?.[0].extensions).toEqual({ code: "RATE_LIMITED" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await fromIp("203.0.113.8")).status).toBe(200);

    // One key used from six different addresses: the key's own budget runs out.
    const keyStatuses: number[] = [];
    for (let request = 0; request < 6; request += 1) {
      keyStatuses.push(
        (
          await fromIp(`198.51.100.${request + 1}`, {
            authorization: "Bearer sk_live_00000000_shared-key-from-many-hosts",
          })
        ).status,
      );
    }
    expect(keyStatuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(keyStatuses[5]).toBe(429);
  });
});
