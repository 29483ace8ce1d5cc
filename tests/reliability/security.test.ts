import { apiKeyScopes, permissions, rolePermissions } from "@seglens/api/dist/graphql/permissions";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import {
  createApiKey,
  createOwnerSession,
  ownerPassword,
  postGraphql,
  postRaw,
  readImportJob,
  sessionCookieOf,
  uploadAndStart,
  uploadImport,
  waitFor,
} from "./support/api-client";
import { startApiProcess, type ApiProcess } from "./support/api-process";
import { discoverOperations, type Operation } from "./support/discover-operations";
import { queryOnce } from "./support/seed-customers-sql";

/**
 * Security of the REAL built API over HTTP (production mode): every operation against every caller,
 * keys, login throttling, session fixation, CSRF, secrets at rest and in logs, request limits, erasure.
 */
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const publicOperations = new Set(["health", "login", "setupStatus", "createOwner", "me"]);
/** The access policy is the API's own (built) table; the matrix below checks every operation against it. */
const allScopes: readonly string[] = apiKeyScopes;
const loginMutation =
  "mutation LogIn($email: String!, $password: String!) { login(email: $email, password: $password) { role } }";
const meQuery = "query Me { me { role via } }";

describe("security: access matrix, keys, throttling, sessions, CSRF, secrets, limits, erasure", () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let owner: string;
  let operations: Operation[];
  /** Every secret handed out in this file: none may be found in the database or the logs. */
  const secrets = new Set<string>([ownerPassword]);

  const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
    body.errors?.[0]?.extensions?.code ?? "OK";

  const createUserSession = async (email: string, role: string, password: string): Promise<string> => {
    const created = await postGraphql(
      api.url,
      "mutation User($input: CreateUserInput!) { createUser(input: $input) { id } }",
      { input: { email, name: role, role, password } },
      { cookie: owner },
    );
    expect(created.body.errors).toBeUndefined();
    secrets.add(password);
    const login = await postGraphql(api.url, loginMutation, { email, password });
    const cookie = sessionCookieOf(login.headers);
    if (!cookie) throw new Error(`login as ${role} failed: ${JSON.stringify(login.body)}`);
    secrets.add(cookie.split("=")[1]);
    return cookie;
  };

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    api = await startApiProcess({
      databaseUrl: database.databaseUrl,
      env: { LOG_LEVEL: "debug", SEGLENS_RATE_LIMIT_PER_MINUTE: "1000000" },
    });
    owner = await createOwnerSession(api.url);
    secrets.add(owner.split("=")[1]);
    operations = await discoverOperations();
  });

  afterAll(async () => {
    await api?.stop(5_000);
    await database?.drop();
  });

  it("holds the policy's promises: viewers only read, analysts manage no users or keys, keys never administer", () => {
    expect(rolePermissions.OWNER).toEqual(permissions);
    expect(rolePermissions.VIEWER.every((permission) => permission.endsWith(":read"))).toBe(true);
    expect(rolePermissions.VIEWER.length).toBeGreaterThanOrEqual(4);
    expect(rolePermissions.VIEWER).not.toContain("audit:read");
    expect(rolePermissions.ANALYST).not.toContain("users:manage");
    expect(rolePermissions.ANALYST).not.toContain("apikeys:manage");
    for (const administrative of ["users:manage", "apikeys:manage", "privacy:manage", "audit:read"] as const)
      expect(apiKeyScopes).not.toContain(administrative);
    expect(allScopes).toEqual(expect.arrayContaining(["customers:read", "segments:read", "campaigns:write"]));
  });

  it("discovers the operations from the built schema; only the public ones declare no permission", () => {
    expect(operations.length).toBeGreaterThan(40);
    const undeclared = operations
      .filter((operation) => operation.permissions === null)
      .map((operation) => operation.name);
    expect(undeclared.sort()).toEqual([...publicOperations].sort());
  });

  it("refuses every non-public operation to an anonymous caller with UNAUTHENTICATED", async () => {
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => !publicOperations.has(candidate.name))) {
      const response = await postGraphql(api.url, operation.document, operation.variables);
      const data = response.body.data as Record<string, unknown> | null | undefined;
      if (codeOf(response.body) !== "UNAUTHENTICATED" || data?.[operation.name] != null)
        failures.push(`${operation.name}: ${codeOf(response.body)}`);
    }
    expect(failures).toEqual([]);
  });

  it("lets every role and every API-key scope run exactly the operations it is allowed (a full matrix over HTTP)", async () => {
    const callers: { label: string; headers: Record<string, string>; granted: string[] }[] = [];
    for (const role of ["OWNER", "ANALYST", "VIEWER"] as const) {
      const cookie =
        role === "OWNER"
          ? await createUserSession("second.owner@example.com", "OWNER", "Owner-Two-Password-1")
          : await createUserSession(`${role.toLowerCase()}@example.com`, role, `${role}-Password-123`);
      callers.push({ label: role, headers: { cookie }, granted: [...rolePermissions[role]] });
    }
    for (const scope of allScopes) {
      const key = await createApiKey(api.url, owner, [scope]);
      secrets.add(key.key);
      callers.push({
        label: `key ${scope}`,
        headers: { authorization: key.authorization },
        granted: [scope],
      });
    }
    // logout ends the caller's session, so it runs last.
    const ordered = [
      ...operations.filter(
        (operation) => !publicOperations.has(operation.name) && operation.name !== "logout",
      ),
      ...operations.filter((operation) => operation.name === "logout"),
    ];
    const failures: string[] = [];
    let allowed = 0;
    let refused = 0;
    for (const caller of callers) {
      for (const operation of ordered) {
        const needed = operation.permissions ?? [];
        const may = needed.every((permission) => caller.granted.includes(permission));
        const response = await postGraphql(api.url, operation.document, operation.variables, caller.headers);
        const code = codeOf(response.body);
        if (response.status >= 500 && code !== "DATABASE_UNAVAILABLE")
          failures.push(`${caller.label} → ${operation.name}: HTTP ${response.status}`);
        if (may) {
          allowed += 1;
          // Operations for any signed-in caller may still be user-only (changeOwnPassword): a key gets FORBIDDEN there.
          const userOnly = needed.length === 0 && caller.label.startsWith("key") && code === "FORBIDDEN";
          if ((code === "UNAUTHENTICATED" || code === "FORBIDDEN") && !userOnly)
            failures.push(`${caller.label} → ${operation.name}: refused (${code}) but allowed`);
        } else {
          refused += 1;
          const message = response.body.errors?.[0]?.message ?? "";
          if (code !== "FORBIDDEN" || !needed.some((permission) => message.includes(permission)))
            failures.push(
              `${caller.label} → ${operation.name}: ${code} "${message}" but needs ${needed.join(", ")}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(callers).toHaveLength(11);
    // Sanity: both sides of the matrix are exercised many times.
    expect(allowed).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it("refuses revoked and expired API keys", async () => {
    const countQuery = "query Count { customers(first: 1) { totalCount } }";
    const revoked = await createApiKey(api.url, owner, ["customers:read"]);
    secrets.add(revoked.key);
    expect(
      codeOf((await postGraphql(api.url, countQuery, {}, { authorization: revoked.authorization })).body),
    ).toBe("OK");
    const revocation = await postGraphql(
      api.url,
      "mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id } }",
      { id: revoked.id },
      { cookie: owner },
    );
    expect(revocation.body.errors).toBeUndefined();
    const afterRevoke = await postGraphql(api.url, countQuery, {}, { authorization: revoked.authorization });
    expect(codeOf(afterRevoke.body)).toBe("UNAUTHENTICATED");
    expect(afterRevoke.body.data?.customers ?? null).toBeNull();

    const expiring = await createApiKey(
      api.url,
      owner,
      ["customers:read"],
      new Date(Date.now() + 2_500).toISOString(),
    );
    secrets.add(expiring.key);
    expect(
      codeOf((await postGraphql(api.url, countQuery, {}, { authorization: expiring.authorization })).body),
    ).toBe("OK");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(
      codeOf((await postGraphql(api.url, countQuery, {}, { authorization: expiring.authorization })).body),
    ).toBe("UNAUTHENTICATED");

    const forged = `${revoked.key.slice(0, -4)}AAAA`;
    expect(
      codeOf((await postGraphql(api.url, countQuery, {}, { authorization: `Bearer ${forged}` })).body),
    ).toBe("UNAUTHENTICATED");
  });

  it("throttles failed logins per account; Gmail dots and +tags, batches and aliased login fields do not get around it", async () => {
    const password = "Throttled-Password-77";
    await postGraphql(
      api.url,
      "mutation User($input: CreateUserInput!) { createUser(input: $input) { id } }",
      { input: { email: "throttleme@gmail.com", name: "T", role: "VIEWER", password } },
      { cookie: owner },
    );
    secrets.add(password);
    const failures = async () =>
      Number(
        (
          await queryOnce<{ failures: number }>(
            database.databaseUrl,
            `select failures from "LoginThrottle" where "accountKey" = 'throttleme@gmail.com'`,
          )
        )[0]?.failures ?? 0,
      );

    // A batch of operations in one POST is refused whole: no attempt is counted, none is checked.
    const batch = Array.from({ length: 8 }, () => ({
      query: loginMutation,
      variables: { email: "throttleme@gmail.com", password: "wrong-password-1" },
    }));
    const batched = await postRaw(api.url, JSON.stringify(batch), { "content-type": "application/json" });
    expect(batched.status).toBe(400);
    expect(await failures()).toBe(0);

    // Several login fields in one operation are refused by validation before any resolver runs.
    const aliased = await postGraphql(
      api.url,
      "mutation Many($email: String!, $password: String!) { a: login(email: $email, password: $password) { role } b: login(email: $email, password: $password) { role } c: login(email: $email, password: $password) { role } }",
      { email: "throttleme@gmail.com", password: "wrong-password-1" },
    );
    expect(codeOf(aliased.body)).toBe("BAD_USER_INPUT");
    expect(aliased.body.errors?.[0]?.message).toMatch(/login mutation may appear at most once/);
    expect(await failures()).toBe(0);

    // Five wrong passwords under five spellings of one Gmail account all count against it.
    const spellings = [
      "throttle.me@gmail.com",
      "Throttle.Me+shop@gmail.com",
      "t.h.r.o.t.t.l.e.m.e@googlemail.com",
      "throttleme+1@gmail.com",
      " THROTTLEME@GMAIL.COM ",
    ];
    for (const email of spellings) {
      const attempt = await postGraphql(api.url, loginMutation, { email, password: "wrong-password-2" });
      expect(codeOf(attempt.body)).toBe("UNAUTHENTICATED");
      expect(attempt.body.errors?.[0]?.message).toBe("Email or password is incorrect.");
    }
    expect(await failures()).toBe(5);
    const locked = await postGraphql(api.url, loginMutation, { email: "throttleme@gmail.com", password });
    expect(codeOf(locked.body)).toBe("RATE_LIMITED");
    expect(locked.body.errors?.[0]?.message).toMatch(/Too many failed sign-in attempts/);
    expect(sessionCookieOf(locked.headers)).toBeNull();

    // Parallel attempts on a fresh account: at most five are checked, the rest are refused.
    await postGraphql(
      api.url,
      "mutation User($input: CreateUserInput!) { createUser(input: $input) { id } }",
      { input: { email: "parallel@example.com", name: "P", role: "VIEWER", password } },
      { cookie: owner },
    );
    const parallel = await Promise.all(
      Array.from({ length: 12 }, () =>
        postGraphql(api.url, loginMutation, { email: "parallel@example.com", password: "wrong-password-3" }),
      ),
    );
    const codes = parallel.map((response) => codeOf(response.body));
    expect(codes.filter((code) => code === "UNAUTHENTICATED").length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === "RATE_LIMITED").length).toBeGreaterThanOrEqual(7);
  });

  it("never keeps a session id chosen before login (session fixation) and revokes the one a caller already held", async () => {
    const planted = "seglens_session=attacker-chosen-token-0123456789";
    const login = await postGraphql(
      api.url,
      loginMutation,
      { email: "owner@example.com", password: ownerPassword },
      { cookie: planted },
    );
    const issued = sessionCookieOf(login.headers);
    expect(issued).not.toBeNull();
    expect(issued).not.toBe(planted);
    secrets.add(String(issued).split("=")[1]);
    expect((await postGraphql(api.url, meQuery, {}, { cookie: planted })).body.data).toEqual({ me: null });

    const again = await postGraphql(
      api.url,
      loginMutation,
      { email: "owner@example.com", password: ownerPassword },
      { cookie: String(issued) },
    );
    const second = sessionCookieOf(again.headers);
    expect(second).not.toBeNull();
    expect(second).not.toBe(issued);
    secrets.add(String(second).split("=")[1]);
    // The session held when logging in again is revoked; the new one works.
    expect(
      codeOf(
        (
          await postGraphql(
            api.url,
            "query Count { customers(first: 1) { totalCount } }",
            {},
            { cookie: String(issued) },
          )
        ).body,
      ),
    ).toBe("UNAUTHENTICATED");
    expect((await postGraphql(api.url, meQuery, {}, { cookie: String(second) })).body.data).toEqual({
      me: { role: "OWNER", via: "SESSION" },
    });
  });

  it("refuses cross-site requests: text/plain and form POSTs, GET mutations, uploads without the preflight header", async () => {
    const mutation = JSON.stringify({
      query:
        'mutation Erase { createCampaign(input: { name: "csrf", channel: EMAIL, segmentIds: [] }) { id } }',
    });
    const countCampaigns = async () =>
      Number(
        (await queryOnce<{ count: string }>(database.databaseUrl, `select count(*) from "Campaign"`))[0]
          .count,
      );
    const before = await countCampaigns();
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await postRaw(api.url, mutation, { "content-type": contentType, cookie: owner });
      expect(response.status).toBe(400);
      expect(response.status).toBeLessThan(500);
    }
    const viaGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent("mutation { logout }")}`, {
      headers: { cookie: owner },
    });
    expect(viaGet.status).toBeGreaterThanOrEqual(400);
    expect(viaGet.status).toBeLessThan(500);
    expect(await countCampaigns()).toBe(before);
    expect((await postGraphql(api.url, meQuery, {}, { cookie: owner })).body.data).toEqual({
      me: { role: "OWNER", via: "SESSION" },
    });

    const imports = async () =>
      Number(
        (await queryOnce<{ count: string }>(database.databaseUrl, `select count(*) from "ImportJob"`))[0]
          .count,
      );
    const importsBefore = await imports();
    const upload = await uploadImport(
      api.url,
      { bytes: "external_id\nx1\n" },
      { kind: "CUSTOMERS" },
      { cookie: owner },
    );
    expect(upload.status).toBe(400);
    expect(upload.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(upload.body.errors?.[0]?.message).toMatch(/CSRF/);
    expect(await imports()).toBe(importsBefore);
  });

  it("enforces the depth, alias, token, cost and body-size limits with a 4xx naming the limit", async () => {
    const auth = { cookie: owner };
    let deep = "__typename";
    for (let level = 0; level < 14; level += 1) deep = `segment { run { ${deep} } }`;
    const tooDeep = await postGraphql(
      api.url,
      `query Deep($id: ID!) { segment(id: $id) { ${deep} } }`,
      { id: "00000000-0000-4000-8000-000000000000" },
      auth,
    );
    expect(codeOf(tooDeep.body)).toBe("BAD_USER_INPUT");
    expect(tooDeep.body.errors?.map((error) => error.message).join(" ")).toMatch(/depth/i);

    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: health { ok }`).join(" ");
    const tooManyAliases = await postGraphql(api.url, `query Aliases { ${aliases} }`, {}, auth);
    expect(codeOf(tooManyAliases.body)).toBe("BAD_USER_INPUT");
    expect(tooManyAliases.body.errors?.[0]?.message).toMatch(/alias/i);

    const tokens = Array.from({ length: 3_000 }, () => "__typename").join(" ");
    const tooManyTokens = await postGraphql(api.url, `query Tokens { ${tokens} }`, {}, auth);
    expect(tooManyTokens.status).toBe(400);
    expect(tooManyTokens.body.errors?.[0]?.message).toMatch(/token/i);

    const wide =
      "nodes { id externalId email name city country totalSpent orderCount lastOrderAt marketingConsent }";
    const costly = Array.from(
      { length: 14 },
      (_, index) => `c${index}: customers(first: 100) { totalCount ${wide} }`,
    ).join(" ");
    const tooCostly = await postGraphql(api.url, `query Cost { ${costly} }`, {}, auth);
    expect(codeOf(tooCostly.body)).toBe("BAD_USER_INPUT");
    expect(tooCostly.body.errors?.map((error) => error.message).join(" ")).toMatch(/cost/i);

    const huge = await postRaw(
      api.url,
      JSON.stringify({
        query: "query Big($x: String) { health { ok } }",
        variables: { x: "y".repeat(2 * 1024 * 1024) },
      }),
      { "content-type": "application/json", ...auth },
    );
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("never brings an erased customer back through an import", async () => {
    const auth = { cookie: owner };
    const csv =
      "external_id,email,name,marketing_consent\nerase-me,erase.me@example.com,Erase Me,yes\nkeep-me,keep.me@example.com,Keep Me,yes\n";
    const finishedImport = async (id: string) =>
      waitFor(
        `import ${id}`,
        async () => {
          const job = await readImportJob(api.url, id, auth);
          return job && ["SUCCEEDED", "FAILED"].includes(job.status) ? job : undefined;
        },
        60_000,
      );
    expect(
      await finishedImport(await uploadAndStart(api.url, { bytes: csv }, "CUSTOMERS", auth)),
    ).toMatchObject({ status: "SUCCEEDED", createdCount: 2 });
    const [{ id }] = await queryOnce<{ id: number }>(
      database.databaseUrl,
      `select id from "Customer" where "externalId" = 'erase-me'`,
    );
    const erased = await postGraphql(
      api.url,
      "mutation Erase($id: Int!) { eraseCustomer(customerId: $id) { customerId } }",
      { id },
      auth,
    );
    expect(erased.body.errors).toBeUndefined();

    const again = await finishedImport(
      await uploadAndStart(api.url, { bytes: csv }, "CUSTOMERS", auth, "VALID_ROWS_ONLY"),
    );
    expect(again.status).toBe("SUCCEEDED");
    expect(again.createdCount).toBe(0);
    const byEmail = "external_id,email\nnew-id-same-person,Erase.Me@example.com\n";
    await finishedImport(
      await uploadAndStart(api.url, { bytes: byEmail }, "CUSTOMERS", auth, "VALID_ROWS_ONLY"),
    );
    const rows = await queryOnce<{ externalId: string }>(
      database.databaseUrl,
      `select "externalId" from "Customer" where "externalId" in ('erase-me', 'new-id-same-person') or lower(email) = 'erase.me@example.com'`,
    );
    expect(rows).toEqual([]);
    const search = await postGraphql<{ customers: { totalCount: number } }>(
      api.url,
      "query Find($text: String) { customers(first: 10, filter: { text: $text }) { totalCount } }",
      { text: "erase" },
      auth,
    );
    expect(search.body.data?.customers.totalCount).toBe(0);
  });

  it("keeps no plaintext password, API key or session token in any column of any table, nor in the API's logs", async () => {
    const columns = await queryOnce<{ table_schema: string; table_name: string; column_name: string }>(
      database.databaseUrl,
      `select c.table_schema, c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema not in ('pg_catalog', 'information_schema')
         and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED') )`,
    );
    expect(columns.length).toBeGreaterThan(30);
    expect(secrets.size).toBeGreaterThan(12);
    const found: string[] = [];
    const list = [...secrets];
    for (const column of columns) {
      const rows = await queryOnce<{ secret: string }>(
        database.databaseUrl,
        `select s.secret from unnest($1::text[]) as s(secret) where exists (select 1 from "${column.table_schema}"."${column.table_name}" where position(s.secret in "${column.column_name}"::text) > 0)`,
        [list],
      );
      for (const row of rows)
        found.push(
          `${column.table_schema}.${column.table_name}.${column.column_name} holds ${row.secret.slice(0, 6)}…`,
        );
    }
    expect(found).toEqual([]);
    const logs = api.logs();
    expect(logs.length).toBeGreaterThan(100);
    expect(list.filter((secret) => logs.includes(secret)).map((secret) => `${secret.slice(0, 6)}…`)).toEqual(
      [],
    );
  });
});
