import type { Prisma, PrismaClient, SuppressionKind } from "@seglens/database";
import { suppressionHash } from "./suppression-hash";

type SuppressionReader = Pick<PrismaClient, "suppressionEntry"> | Prisma.TransactionClient;

export interface CustomerIdentity {
  email?: string | null;
  externalId?: string | null;
}

/** True when a customer with this email or external id was erased and must not be imported again. */
export async function isSuppressed({
  prisma,
  email,
  externalId,
}: { prisma: SuppressionReader } & CustomerIdentity): Promise<boolean> {
  const [suppressed] = await findSuppressed({ prisma, customers: [{ email, externalId }] });
  return suppressed;
}

/**
 * Batch form for imports: one query per chunk of rows; result[i] tells whether customers[i] is
 * suppressed (by email or by external id).
 */
export async function findSuppressed({
  prisma,
  customers,
}: {
  prisma: SuppressionReader;
  customers: readonly CustomerIdentity[];
}): Promise<boolean[]> {
  const keyed = customers.map(({ email, externalId }) => ({
    email: email?.trim() ? suppressionHash("EMAIL", email) : null,
    externalId: externalId?.trim() ? suppressionHash("EXTERNAL_ID", externalId) : null,
  }));
  const found = new Set<string>();
  const chunkSize = 5_000;
  for (let start = 0; start < keyed.length; start += chunkSize) {
    const chunk = keyed.slice(start, start + chunkSize);
    const emails = chunk.flatMap((row) => (row.email ? [row.email] : []));
    const externalIds = chunk.flatMap((row) => (row.externalId ? [row.externalId] : []));
    if (emails.length === 0 && externalIds.length === 0) continue;
    const rows = await prisma.suppressionEntry.findMany({
      where: {
        OR: [
          ...(emails.length ? [{ kind: "EMAIL" as SuppressionKind, valueHash: { in: emails } }] : []),
          ...(externalIds.length
            ? [{ kind: "EXTERNAL_ID" as SuppressionKind, valueHash: { in: externalIds } }]
            : []),
        ],
      },
      select: { kind: true, valueHash: true },
    });
    for (const row of rows) found.add(`${row.kind}:${row.valueHash}`);
  }
  return keyed.map(
    (row) =>
      (row.email !== null && found.has(`EMAIL:${row.email}`)) ||
      (row.externalId !== null && found.has(`EXTERNAL_ID:${row.externalId}`)),
  );
}
