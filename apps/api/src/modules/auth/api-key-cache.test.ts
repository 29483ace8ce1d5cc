import { ApiKeyCache } from "./api-key-cache";

const viewer = { kind: "apiKey" as const, apiKeyId: "k1", ownerId: "u1", scopes: [] };
const at = (ms: number) => new Date(ms);

describe("ApiKeyCache", () => {
  it("keeps a key for its time to live and not a millisecond longer", () => {
    const cache = new ApiKeyCache(2_000);
    cache.remember("hash", { viewer, lastUsedAt: null }, null, at(10_000));
    expect(cache.get("hash", at(11_999))?.viewer).toBe(viewer);
    expect(cache.get("hash", at(12_000))).toBeUndefined();
    // The stale entry is gone, not merely hidden.
    expect(cache.get("hash", at(10_500))).toBeUndefined();
  });

  it("never outlives the key's own expiry", () => {
    const cache = new ApiKeyCache(2_000);
    cache.remember("hash", { viewer, lastUsedAt: null }, at(10_500), at(10_000));
    expect(cache.get("hash", at(10_499))).toBeDefined();
    expect(cache.get("hash", at(10_500))).toBeUndefined();
  });

  it("forgets every key on clear (a revocation) and when it reaches its size bound", () => {
    const cache = new ApiKeyCache(2_000, 2);
    cache.remember("a", { viewer, lastUsedAt: null }, null, at(0));
    cache.remember("b", { viewer, lastUsedAt: null }, null, at(0));
    cache.remember("c", { viewer, lastUsedAt: null }, null, at(0));
    expect(cache.get("a", at(1))).toBeUndefined();
    expect(cache.get("c", at(1))).toBeDefined();
    cache.clear();
    expect(cache.get("c", at(1))).toBeUndefined();
  });
});
