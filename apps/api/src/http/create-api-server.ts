import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { PrismaClient } from "@seglens/database";
import express from "express";
import type { Pool } from "pg";
import { GraphQLError } from "graphql";
import { createReadPool } from "../database/create-read-pool";
import type { Environment } from "../env";
import { AppError, httpStatusOf } from "../errors/app-error";
import { toAppError } from "../errors/to-app-error";
import type { JobQueue } from "../jobs/job-queue";
import { buildGraphqlSchema } from "../graphql/build-graphql-schema";
import type { RequestContext } from "../graphql/context";
import { createFormatError } from "../graphql/format-error";
import { createGraphqlHardening } from "../graphql/graphql-limits";
import { createLoaders } from "../graphql/loaders/create-loaders";
import type { Logger } from "../logging/logger";
import { ApiKeyCache } from "../modules/auth/api-key-cache";
import { resolveViewer } from "../modules/auth/resolve-viewer";
import { readBearerApiKey } from "../modules/auth/read-bearer-api-key";
import { mountSegmentMembersRoute } from "../modules/segments/segment-members-route";
import { mountCampaignAudienceRoute } from "../modules/campaigns/campaign-audience-route";
import { createRateLimiters } from "./rate-limit";
import { securityHeaders } from "./security-headers";
import { readSessionToken, writeSessionCookie } from "./session-cookie";
import { createImportRoutes } from "./upload-route";

export interface ApiServerOptions {
  prisma: PrismaClient;
  /** The database Prisma talks to: the server's read pool connects there too. */
  databaseUrl: string;
  env: Environment;
  databaseMode: "external" | "embedded";
  logger: Logger;
  jobs: JobQueue;
}

export interface ApiServer {
  apollo: ApolloServer<RequestContext>;
  app: express.Express;
  httpServer: Server;
  /** Valid API keys read in the last seconds (shared by every request of this server). */
  apiKeyCache: ApiKeyCache;
  /** The pool of the hottest reads (closed with the server). */
  readPool: Pool;
  /** Listens on the port (0 = any free one) and returns the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops taking requests, lets the running ones finish, then stops Apollo. */
  close(): Promise<void>;
}

export async function createApiServer({
  prisma,
  databaseUrl,
  env,
  databaseMode,
  logger,
  jobs,
}: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.disable("x-powered-by");
  // GraphQL answers are POST responses: hashing each body for an ETag is work no client uses.
  app.set("etag", false);
  app.set("trust proxy", "loopback");
  const httpServer = createServer(app);
  httpServer.requestTimeout = 120_000;
  httpServer.headersTimeout = 30_000;

  const apiKeyCache = new ApiKeyCache();
  const readPool = createReadPool({ databaseUrl, logger });
  const hardening = createGraphqlHardening();
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildGraphqlSchema(),
    formatError: createFormatError(logger),
    introspection: !env.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and shuts everything down in order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: hardening.validationRules,
    parseOptions: hardening.parseOptions,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...hardening.plugins],
  });
  await apollo.start();

  app.use(securityHeaders({ isProduction: env.isProduction }));
  app.get("/healthz", (_request, response) => {
    response.json({ ok: true });
  });
  mountSegmentMembersRoute(app, { prisma, env, logger });
  mountCampaignAudienceRoute(app, { prisma, env, logger });

  app.use(createImportRoutes({ prisma, env, logger }));
  app.use(
    "/graphql",
    ...createRateLimiters({ requestsPerMinute: env.SEGLENS_RATE_LIMIT_PER_MINUTE }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        try {
          const viewer = await resolveViewer({
            prisma,
            sessionToken: readSessionToken(req),
            bearerKey: readBearerApiKey(req),
            apiKeyCache,
          });
          return {
            prisma,
            env,
            databaseMode,
            readPool,
            viewer,
            apiKeyCache,
            jobs,
            logger,
            loaders: createLoaders({ prisma }),
            ipAddress: req.ip ?? null,
            userAgent: req.headers["user-agent"] ?? null,
            setSessionCookie: (token, expiresAt) =>
              writeSessionCookie(res, token, env.SEGLENS_SECURE_COOKIES, expiresAt),
          };
        } catch (error) {
          const appError = toAppError(error);
          throw new GraphQLError(appError.message, {
            extensions: { code: appError.code, http: { status: httpStatusOf(appError.code) } },
          });
        }
      },
    }),
  );

  app.use(
    (error: unknown, _request: express.Request, response: express.Response, next: express.NextFunction) => {
      if (response.headersSent) return next(error);
      const status = (error as { status?: number }).status;
      const appError =
        status === 413
          ? new AppError("PAYLOAD_TOO_LARGE", "The request body is too large.")
          : status === 400
            ? new AppError("BAD_USER_INPUT", "The request body is not valid JSON.")
            : toAppError(error);
      if (appError.code === "INTERNAL_SERVER_ERROR")
        logger.error("unhandled HTTP error", { error: String(error) });
      response
        .status(httpStatusOf(appError.code))
        .json({ errors: [{ message: appError.message, extensions: { code: appError.code } }] });
    },
  );

  return {
    apollo,
    app,
    httpServer,
    apiKeyCache,
    readPool,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    async close() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      if (!readPool.ended) await readPool.end();
    },
  };
}
