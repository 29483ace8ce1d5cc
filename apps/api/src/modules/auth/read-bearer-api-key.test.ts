import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestApiKey } from "../campaigns/test-fixtures/seed-campaign-audience";
import { createTestUser } from "./create-test-user";
import * as hashTokenModule from "./hash-token";
import { readBearerApiKey } from "./read-bearer-api-key";

const requestWith = (authorization?: string) =>
  ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

describe("readBearerApiKey", () => {
  it("tells no key, a header that is not 'Bearer <key>', and a key (as its SHA-256 hash) apart", () => {
    expect(readBearerApiKey(requestWith())).toEqual({ kind: "none" });
    expect(readBearerApiKey(requestWith(""))).toEqual({ kind: "none" });
    expect(readBearerApiKey(requestWith("Basic dXNlcjpwdw=="))).toEqual({ kind: "malformed" });
    expect(readBearerApiKey(requestWith("Bearer"))).toEqual({ kind: "malformed" });
    expect(readBearerApiKey(requestWith("Bearer a b"))).toEqual({ kind: "malformed" });
    expect(readBearerApiKey(requestWith(" bearer  sglk_abc "))).toEqual({
      kind: "key",
      keyHash: createHash("sha256").update("sglk_abc").digest("hex"),
    });
  });

  it("hashes a request's key once, however often it is read", () => {
    const spy = jest.spyOn(hashTokenModule, "hashToken");
    try {
      const request = requestWith("Bearer sglk_once");
      const first = readBearerApiKey(request);
      expect(readBearerApiKey(request)).toBe(first);
      expect(spy).toHaveBeenCalledTimes(1);
      readBearerApiKey(requestWith("Bearer sglk_once"));
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("an API-key request over HTTP", () => {
  let api: TestApi;
  let key: string;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    const owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    key = await createTestApiKey(api.prisma, owner.user.id, ["customers:read"]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it("hashes the key once for both the per-key rate limiter and the viewer", async () => {
    const spy = jest.spyOn(hashTokenModule, "hashToken");
    try {
      const response = await api.post(
        "query Count { customers(first: 1) { totalCount } }",
        {},
        {
          authorization: `Bearer ${key}`,
        },
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { customers: { totalCount: 0 } } });
      expect(spy.mock.calls.filter(([token]) => token === key)).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("still refuses a malformed Authorization header and an unknown key", async () => {
    const malformed = await api.post(
      "query Count { customers(first: 1) { totalCount } }",
      {},
      {
        authorization: `Token ${key}`,
      },
    );
    expect(malformed.body.errors?.[0]).toMatchObject({
      message: "The Authorization header must be 'Bearer <API key>'.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const unknown = await api.post(
      "query Count { customers(first: 1) { totalCount } }",
      {},
      {
        authorization: "Bearer sglk_unknown",
      },
    );
    expect(unknown.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
