import type { Prisma, PrismaClient } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { maxPageSize } from "../../graphql/offset-cursor";
import type { AuditEntry, AuditEntryConnection } from "./audit.type";

export interface ListAuditLogOptions {
  prisma: PrismaClient;
  first: number;
  after?: string | null;
  entityType?: string | null;
  entityId?: string | null;
}

/**
 * Newest entries first. The cursor is the entry id (keyset), so pages stay stable while new entries
 * are being written at the top.
 */
export async function listAuditLog({
  prisma,
  first,
  after,
  entityType,
  entityId,
}: ListAuditLogOptions): Promise<AuditEntryConnection> {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new AppError("BAD_USER_INPUT", `first must be an integer between 1 and ${maxPageSize}.`);
  }
  const filter: Prisma.AuditLogWhereInput = {};
  if (entityType) filter.entityType = entityType;
  if (entityId) filter.entityId = entityId;
  const where: Prisma.AuditLogWhereInput = after
    ? { ...filter, id: { lt: decodeAuditCursor(after) } }
    : filter;
  const [totalCount, rows] = await Promise.all([
    prisma.auditLog.count({ where: filter }),
    prisma.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      take: first + 1,
      include: { actorUser: { select: { email: true } } },
    }),
  ]);
  const nodes: AuditEntry[] = rows.slice(0, first).map((row) => ({
    id: row.id.toString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actorUserId: row.actorUserId,
    actorEmail: row.actorUser?.email ?? null,
    actorApiKeyId: row.actorApiKey,
    details: (row.details ?? {}) as Record<string, unknown>,
    ipAddress: row.ipAddress,
    createdAt: row.createdAt,
  }));
  const edges = nodes.map((node) => ({ node, cursor: encodeAuditCursor(node.id) }));
  return {
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

function encodeAuditCursor(id: string): string {
  return Buffer.from(`audit:${id}`, "utf8").toString("base64url");
}

function decodeAuditCursor(cursor: string): bigint {
  const match = /^audit:(\d{1,18})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new AppError("BAD_USER_INPUT", "after is not a cursor returned by the audit log.");
  return BigInt(match[1]);
}
