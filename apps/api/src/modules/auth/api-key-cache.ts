import type { Viewer } from "../../graphql/viewer";

type ApiKeyViewer = Extract<Viewer, { kind: "apiKey" }>;

export interface CachedApiKey {
  viewer: ApiKeyViewer;
  lastUsedAt: Date | null;
  /** Epoch ms after which the entry must be read again (never later than the key's own expiry). */
  validUntil: number;
}

/**
 * Valid API keys seen in the last `ttlMs`, by key hash, so that a busy integration does not cost a
 * database read on every request (it was most of a request's CPU). Only keys that were valid when read
 * are remembered. A revocation through this process clears the cache at once; another API process on the
 * same database stops accepting a revoked key within `ttlMs`.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, CachedApiKey>();

  constructor(
    readonly ttlMs = 2_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(keyHash: string, now: Date): CachedApiKey | undefined {
    const entry = this.entries.get(keyHash);
    if (entry && entry.validUntil > now.getTime()) return entry;
    if (entry) this.entries.delete(keyHash);
    return undefined;
  }

  remember(
    keyHash: string,
    entry: Omit<CachedApiKey, "validUntil">,
    expiresAt: Date | null,
    now: Date,
  ): void {
    const validUntil = Math.min(now.getTime() + this.ttlMs, expiresAt?.getTime() ?? Infinity);
    // Forgetting everything at the bound keeps the map small without bookkeeping; a refill costs one read per key.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(keyHash, { ...entry, validUntil });
  }

  /** After a revocation: every key is read from the database again. */
  clear(): void {
    this.entries.clear();
  }
}
