import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { hashToken } from "../auth/hash-token";

const createKey =
  "mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix scopes expiresAt revokedAt lastUsedAt } } }";
const listKeys =
  "query Keys($includeInactive: Boolean) { apiKeys(first: 10, includeInactive: $includeInactive) { totalCount nodes { id prefix scopes lastUsedAt revokedAt } } }";
const revokeKey = "mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }";
/** Needs customers:read, which the test keys hold. */
const allowed = "query Allowed { customers(first: 1) { totalCount } }";
const whoAmI = "query Me { me { permissions via } }";
/** Needs audit:read, which no API key can hold. */
const outsideScopes = "query Outside { auditLog(first: 1) { totalCount } }";

interface CreatedKey {
  key: string;
  apiKey: {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    expiresAt: string | null;
    revokedAt: string | null;
    lastUsedAt: string | null;
  };
}

describe("API keys", () => {
  let api: TestApi;
  let owner: TestUser;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function create(input: Record<string, unknown>): Promise<CreatedKey> {
    const result = await api.post<{ createApiKey: CreatedKey }>(
      createKey,
      { input },
      { cookie: owner.cookie },
    );
    expect(result.body.errors).toBeUndefined();
    return result.body.data!.createApiKey;
  }

  it("returns the key once, stores only its hash and prefix, and the key authenticates as Bearer", async () => {
    const created = await create({
      name: " Shop plugin ",
      scopes: ["customers:read", "customers:write", "customers:read"],
    });
    expect(created.key).toMatch(/^sk_live_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      name: "Shop plugin",
      scopes: ["customers:read", "customers:write"],
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(created.key.startsWith(`${created.apiKey.prefix}_`)).toBe(true);

    const row = await api.prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(row.keyHash).toBe(hashToken(created.key));
    // The secret is base64url and may itself hold "_": it is everything after the shown prefix.
    const secret = created.key.slice(`${created.apiKey.prefix}_`.length);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(row)).not.toContain(secret);
    const auditText = JSON.stringify(await api.prisma.auditLog.findMany({ select: { details: true } }));
    expect(auditText).not.toContain(created.key);

    const listed = await api.post(listKeys, {}, { cookie: owner.cookie });
    expect(JSON.stringify(listed.body)).not.toContain(created.key);

    const used = await api.post(allowed, {}, { authorization: `Bearer ${created.key}` });
    expect(used.body).toEqual({ data: { customers: { totalCount: 0 } } });
    const identity = await api.post(whoAmI, {}, { authorization: `Bearer ${created.key}` });
    expect(identity.body.data).toEqual({
      me: { permissions: ["customers:read", "customers:write"], via: "API_KEY" },
    });
    const after = await api.prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(after.lastUsedAt).not.toBeNull();
    expect(Date.now() - after.lastUsedAt!.getTime()).toBeLessThan(10_000);

    const forbidden = await api.post(outsideScopes, {}, { authorization: `Bearer ${created.key}` });
    expect(forbidden.body.errors?.[0]).toMatchObject({
      message: 'This operation needs the "audit:read" permission.',
      extensions: { code: "FORBIDDEN" },
    });
    const keyMakingKey = await api.post(
      createKey,
      { input: { name: "k", scopes: ["customers:read"] } },
      { authorization: `Bearer ${created.key}` },
    );
    expect(keyMakingKey.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a revoked key and an expired key with UNAUTHENTICATED", async () => {
    const revoked = await create({ name: "to revoke", scopes: ["customers:read"] });
    const revokeResult = await api.post(revokeKey, { id: revoked.apiKey.id }, { cookie: owner.cookie });
    expect(revokeResult.body.data).toMatchObject({
      revokeApiKey: { id: revoked.apiKey.id, revokedAt: expect.any(String) },
    });
    const refused = await api.post(allowed, {}, { authorization: `Bearer ${revoked.key}` });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    // Accepted (and so cached) shortly before it expires: the cache never outlives the key.
    const expiresAt = new Date(Date.now() + 1_500);
    const expiring = await create({
      name: "short lived",
      scopes: ["customers:read"],
      expiresAt: expiresAt.toISOString(),
    });
    expect((await api.post(allowed, {}, { authorization: `Bearer ${expiring.key}` })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));
    const expired = await api.post(allowed, {}, { authorization: `Bearer ${expiring.key}` });
    expect(expired.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const active = await api.post(listKeys, { includeInactive: false }, { cookie: owner.cookie });
    const activeIds = (active.body.data as { apiKeys: { nodes: { id: string }[] } }).apiKeys.nodes.map(
      (node) => node.id,
    );
    expect(activeIds).not.toContain(revoked.apiKey.id);
    expect(activeIds).not.toContain(expiring.apiKey.id);
    const all = await api.post(listKeys, { includeInactive: true }, { cookie: owner.cookie });
    expect((all.body.data as { apiKeys: { totalCount: number } }).apiKeys.totalCount).toBe(
      activeIds.length + 2,
    );
  });

  it("stops a key revoked by another API process within the key cache's few seconds", async () => {
    const key = await create({ name: "revoked elsewhere", scopes: ["customers:read"] });
    expect((await api.post(allowed, {}, { authorization: `Bearer ${key.key}` })).status).toBe(200);
    // Another process on the same database revokes it: this process's cache does not hear of it...
    const revokedAt = Date.now();
    await api.prisma.apiKey.update({ where: { id: key.apiKey.id }, data: { revokedAt: new Date() } });
    // ...so the key may still work for at most the cache's time to live, and never after it.
    const ttlMs = api.server.apiKeyCache.ttlMs;
    expect(ttlMs).toBeLessThanOrEqual(5_000);
    await new Promise((resolve) => setTimeout(resolve, revokedAt + ttlMs - Date.now() + 50));
    const refused = await api.post(allowed, {}, { authorization: `Bearer ${key.key}` });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("validates scopes, name and expiry, and reports unknown keys", async () => {
    const bad = async (input: Record<string, unknown>) =>
      (await api.post(createKey, { input }, { cookie: owner.cookie })).body.errors?.[0];
    expect(await bad({ name: "x", scopes: ["users:manage"] })).toMatchObject({
      message: expect.stringContaining('scopes contains "users:manage", not one of: customers:read'),
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await bad({ name: "x", scopes: [] })).toMatchObject({
      message: "scopes must name at least one permission.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await bad({ name: "  ", scopes: ["customers:read"] })).toMatchObject({
      message: "name must have 1 to 100 characters.",
    });
    expect(
      await bad({ name: "x", scopes: ["customers:read"], expiresAt: "2001-01-01T00:00:00Z" }),
    ).toMatchObject({ message: "expiresAt must be in the future." });

    const unknown = await api.post(
      revokeKey,
      { id: "00000000-0000-4000-8000-000000000000" },
      { cookie: owner.cookie },
    );
    expect(unknown.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("is owner only: viewers and analysts cannot create or list keys", async () => {
    for (const role of ["VIEWER", "ANALYST"] as const) {
      const person = await createTestUser({ prisma: api.prisma, role });
      const createResult = await api.execute(
        createKey,
        { input: { name: "x", scopes: ["customers:read"] } },
        person.viewer,
      );
      expect(createResult.errors?.[0]).toMatchObject({
        message: 'This operation needs the "apikeys:manage" permission.',
        extensions: { code: "FORBIDDEN" },
      });
      expect((await api.execute(listKeys, {}, person.viewer)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });
});
