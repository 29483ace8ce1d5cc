import type { PrismaClient } from "@seglens/database";
import type { Pool } from "pg";
import type { Environment } from "../env";
import type { JobQueue } from "../jobs/job-queue";
import type { Logger } from "../logging/logger";
import type { ApiKeyCache } from "../modules/auth/api-key-cache";
import type { Loaders } from "./loaders/create-loaders";
import type { Viewer } from "./viewer";

/** Everything a resolver may use, built once per request. */
export interface RequestContext {
  prisma: PrismaClient;
  /** A few connections for the hottest read queries, run without Prisma (see createReadPool). */
  readPool: Pool;
  env: Environment;
  databaseMode: "external" | "embedded";
  viewer: Viewer;
  /** The server's recently read API keys (a revocation clears it). */
  apiKeyCache: ApiKeyCache;
  jobs: JobQueue;
  logger: Logger;
  /** Per-request DataLoaders (batching relations of list items). */
  loaders: Loaders;
  ipAddress: string | null;
  userAgent: string | null;
  /** Sets or clears the session cookie (absent for in-process calls without HTTP). */
  setSessionCookie?: (token: string | null, expiresAt?: Date) => void;
}
