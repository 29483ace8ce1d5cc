import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from "@seglens/database";
import type { DocumentNode } from "graphql";
import { parseEnvironment } from "../env";
import type { RequestContext } from "../graphql/context";
import { createLoaders } from "../graphql/loaders/create-loaders";
import { anonymousViewer, type Viewer } from "../graphql/viewer";
import { createApiServer, type ApiServer } from "../http/create-api-server";
import { startJobQueue, type JobQueue } from "../jobs/job-queue";
import { registerWorkers } from "../jobs/register-workers";
import { createLogger } from "../logging/logger";

export interface GraphqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: { code?: string } }[];
}

export interface TestApi {
  prisma: PrismaClient;
  database: TestDatabase;
  server: ApiServer;
  jobs: JobQueue;
  /** Base URL of the API listening on a free local port. */
  url: string;
  /** Runs an operation in-process as the given viewer (no HTTP). */
  execute<T = Record<string, unknown>>(
    document: DocumentNode | string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<GraphqlResult<T>>;
  /** POSTs an operation over HTTP with optional extra headers (cookie, Authorization). */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphqlResult<T>; headers: Headers }>;
  close(): Promise<void>;
}

export interface CreateTestApiOptions {
  runWorkers?: boolean;
  /** Settings on top of the test defaults, e.g. `{ SEGLENS_MAX_UPLOAD_MB: "0.01" }` (parsed like process.env). */
  env?: Record<string, string>;
}

/** A real API on a fresh migrated database (the real PostgreSQL when DATABASE_URL is set, else embedded). */
export async function createTestApi({
  runWorkers = true,
  env: overrides = {},
}: CreateTestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 5 });
  const env = parseEnvironment({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ...overrides,
    DATABASE_URL: database.databaseUrl,
  });
  const logger = createLogger("silent");
  const jobs = await startJobQueue({
    databaseUrl: database.databaseUrl,
    logger,
    pollingIntervalSeconds: 0.5,
  });
  if (runWorkers) await registerWorkers({ prisma, jobs, logger, env, databaseUrl: database.databaseUrl });
  const server = await createApiServer({
    prisma,
    databaseUrl: database.databaseUrl,
    env,
    databaseMode: database.mode,
    logger,
    jobs,
  });
  const url = await server.listen(0);

  return {
    prisma,
    database,
    server,
    jobs,
    url,
    async execute(document, variables, viewer = anonymousViewer) {
      const contextValue: RequestContext = {
        prisma,
        env,
        databaseMode: database.mode,
        readPool: server.readPool,
        viewer,
        apiKeyCache: server.apiKeyCache,
        jobs,
        logger,
        loaders: createLoaders({ prisma }),
        ipAddress: "127.0.0.1",
        userAgent: "jest",
      };
      const response = await server.apollo.executeOperation(
        typeof document === "string" ? { query: document, variables } : { query: document, variables },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("incremental delivery is not used by this API");
      return response.body.singleResult as GraphqlResult<never>;
    },
    async post(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as GraphqlResult<never>,
        headers: response.headers,
      };
    },
    async close() {
      await server.close();
      await jobs.stop();
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
