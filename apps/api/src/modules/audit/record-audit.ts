import type { Prisma, PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { actingUserId } from "../../graphql/viewer";

/** A PrismaClient or the client of an interactive transaction (`prisma.$transaction(async (tx) => …)`). */
export type AuditWriter = Pick<PrismaClient, "auditLog"> | Prisma.TransactionClient;

export interface RecordAuditOptions {
  /** Pass the transaction client when the change runs in a transaction, so both commit or neither. */
  prisma: AuditWriter;
  viewer: Viewer;
  /** What happened, `<entity>.<verb>`: "customer.erase", "apiKey.create", "auth.login.failure". */
  action: string;
  /** The kind of record changed: "Customer", "ApiKey", "User", "Session". */
  entityType: string;
  entityId?: string | number | bigint | null;
  /** Extra facts for the reader. Never passwords, tokens, keys or secrets: keys named like those are dropped. */
  details?: Record<string, unknown>;
  ipAddress?: string | null;
}

/** Keys that must never reach the audit log even if a caller passes them by mistake. */
const secretKeyPattern = /password|secret|token|apikey$|^key$|hash/i;

/** Writes one AuditLog row: who (user, or API key and its owner), did what, to which record. */
export async function recordAudit({
  prisma,
  viewer,
  action,
  entityType,
  entityId = null,
  details = {},
  ipAddress = null,
}: RecordAuditOptions): Promise<void> {
  await prisma.auditLog.create({
    data: {
      actorUserId: actingUserId(viewer),
      actorApiKey: viewer.kind === "apiKey" ? viewer.apiKeyId : null,
      action,
      entityType,
      entityId: entityId === null ? null : String(entityId),
      details: withoutSecrets(details) as Prisma.InputJsonObject,
      ipAddress,
    },
  });
}

function withoutSecrets(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(details, (key, value: unknown) => {
      if (key !== "" && secretKeyPattern.test(key)) return undefined;
      return typeof value === "bigint" ? value.toString() : value;
    }),
  ) as Record<string, unknown>;
}
