import type { PrismaClient } from "@seglens/database";
import type { Environment } from "../env";
import type { JobQueue } from "../jobs/job-queue";
import type { Logger } from "../logging/logger";
import type { Viewer } from "./viewer";

/** Everything a resolver may use, built once per request. */
export interface RequestContext {
  prisma: PrismaClient;
  env: Environment;
  databaseMode: "external" | "embedded";
  viewer: Viewer;
  jobs: JobQueue;
  logger: Logger;
  ipAddress: string | null;
  userAgent: string | null;
  /** Sets or clears the session cookie (absent for in-process calls without HTTP). */
  setSessionCookie?: (token: string | null, expiresAt?: Date) => void;
}
