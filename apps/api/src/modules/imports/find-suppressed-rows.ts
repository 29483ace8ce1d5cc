import { suppressionHash } from "../privacy/suppression-hash";
import type { ImportDb } from "./import-processor";
import type { CustomerKey } from "./resolve-customer-keys";

/**
 * Batch form of the privacy module's suppression check, as one raw `= ANY(array)` query: the ORM's IN list
 * of thousands of values costs more than the whole insert of the batch. result[i] is true when keys[i] was erased.
 */
export async function findSuppressedRows({ db, keys }: { db: ImportDb; keys: readonly CustomerKey[] }): Promise<boolean[]> {
  const hashed = keys.map((key) => ({
    externalId: key.externalId ? suppressionHash("EXTERNAL_ID", key.externalId) : null,
    email: key.email ? suppressionHash("EMAIL", key.email) : null,
  }));
  const hashes = hashed.flatMap((row) => [row.externalId, row.email]).filter((hash): hash is string => hash !== null);
  if (hashes.length === 0) return keys.map(() => false);
  const found = await db.$queryRaw<{ kind: string; valueHash: string }[]>`
    SELECT "kind"::text AS kind, "valueHash" FROM "SuppressionEntry" WHERE "valueHash" = ANY(${hashes}::text[])`;
  const erased = new Set(found.map((row) => `${row.kind}:${row.valueHash}`));
  return hashed.map((row) => (row.externalId !== null && erased.has(`EXTERNAL_ID:${row.externalId}`)) || (row.email !== null && erased.has(`EMAIL:${row.email}`)));
}
