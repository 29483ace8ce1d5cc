import { findSuppressedRows } from "./find-suppressed-rows";
import type { ImportDb } from "./import-processor";

/** How a row names its customer: by external id, or by email when the file has no id column. */
export interface CustomerKey {
  externalId: string | null;
  email: string | null;
}

export interface ResolvedCustomer {
  id: number;
  externalId: string;
}

export type CustomerResolution = { kind: "found"; customer: ResolvedCustomer } | { kind: "suppressed" } | { kind: "unknown" };

/** Finds the customers of a batch of rows in one query (plus one for erased customers when some are missing). */
export async function resolveCustomerKeys({ db, keys }: { db: ImportDb; keys: CustomerKey[] }): Promise<CustomerResolution[]> {
  const externalIds = [...new Set(keys.map((key) => key.externalId).filter((id): id is string => id !== null))];
  const emails = [...new Set(keys.filter((key) => key.externalId === null).map((key) => key.email).filter((email): email is string => email !== null))];
  const customers = await db.$queryRaw<{ id: number; externalId: string; email: string | null }[]>`
    SELECT "id", "externalId", "email" FROM "Customer" WHERE "externalId" = ANY(${externalIds}::text[]) OR "email" = ANY(${emails}::text[])`;
  const byExternalId = new Map(customers.map((customer) => [customer.externalId, customer]));
  const byEmail = new Map(customers.filter((customer) => customer.email !== null).map((customer) => [customer.email as string, customer]));
  const found = keys.map((key) => (key.externalId !== null ? byExternalId.get(key.externalId) : key.email !== null ? byEmail.get(key.email) : undefined));
  const missingIndexes = keys.flatMap((_, index) => (found[index] === undefined ? [index] : []));
  const suppressed = missingIndexes.length ? await findSuppressedRows({ db, keys: missingIndexes.map((index) => keys[index]) }) : [];
  const erased = new Set(missingIndexes.filter((_, position) => suppressed[position]));
  return keys.map((_, index): CustomerResolution => {
    const customer = found[index];
    if (customer) return { kind: "found", customer: { id: customer.id, externalId: customer.externalId } };
    return erased.has(index) ? { kind: "suppressed" } : { kind: "unknown" };
  });
}

export function describeCustomerKey(key: CustomerKey): string {
  return key.externalId !== null ? `customer "${key.externalId}"` : `customer with email "${key.email}"`;
}
