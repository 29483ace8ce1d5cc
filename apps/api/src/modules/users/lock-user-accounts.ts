import type { Prisma } from "@seglens/database";

/**
 * Serialises changes that depend on "how many users / owners exist" (first-run owner creation,
 * demoting or removing an owner): a transaction-scoped advisory lock, released at commit or rollback.
 */
export async function lockUserAccounts(transaction: Prisma.TransactionClient): Promise<void> {
  await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seglens:user-accounts'))`;
}
