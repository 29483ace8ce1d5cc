import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl } from "./connection-config";
import { PrismaClient } from "./generated/prisma/client";

export interface PrismaClientOptions {
  databaseUrl: string;
  /** Pool size. */
  maxConnections?: number;
  /** How long to wait for a connection before failing (ms): no request hangs forever. */
  connectionTimeoutMs?: number;
  /** Server-side cap on one statement (ms). */
  statementTimeoutMs?: number;
}

export function createPrismaClient({
  databaseUrl,
  maxConnections = 10,
  connectionTimeoutMs = 5_000,
  statementTimeoutMs = 60_000,
}: PrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({
    ...parseDatabaseUrl(databaseUrl),
    max: maxConnections,
    connectionTimeoutMillis: connectionTimeoutMs,
    statement_timeout: statementTimeoutMs,
  });
  return new PrismaClient({ adapter });
}
