import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startProcess, type RunningProcess } from "./child-process";

export const repositoryRoot = path.resolve(__dirname, "..", "..", "..");
const apiMain = path.join(repositoryRoot, "apps", "api", "dist", "main.js");
const webDirectory = path.join(repositoryRoot, "apps", "web");
const routesManifest = path.join(webDirectory, ".next", "routes-manifest.json");

export interface DashboardStack {
  apiUrl: string;
  webUrl: string;
  api: RunningProcess;
  web: RunningProcess;
  /** Stops the dashboard, then the API (SIGTERM, waiting for each to exit). */
  stop(): Promise<void>;
}

interface RewriteRule {
  source: string;
  destination: string;
}

/**
 * `next build` fixes the /graphql rewrite target from API_URL, so the API must listen exactly there:
 * read it from the build instead of assuming, and say so when the build is missing.
 */
export function builtApiUrl(): string {
  if (!existsSync(routesManifest))
    throw new Error(`${routesManifest} is missing: build the dashboard first (pnpm build)`);
  const manifest = JSON.parse(readFileSync(routesManifest, "utf8")) as {
    rewrites?: { beforeFiles?: RewriteRule[] } | RewriteRule[];
  };
  const rules = Array.isArray(manifest.rewrites) ? manifest.rewrites : (manifest.rewrites?.beforeFiles ?? []);
  const graphql = rules.find((rule) => rule.source === "/graphql");
  if (!graphql) throw new Error(`${routesManifest} has no /graphql rewrite`);
  return new URL(graphql.destination).origin;
}

async function assertPortFree(port: number, who: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", () =>
      reject(
        new Error(
          `port ${port} (${who}) is in use: stop whatever listens there (ss -ltnp) and run the e2e suite again`,
        ),
      ),
    );
    // No host: the wildcard address, so a server on any interface (next start listens on ::) counts as in use.
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** The real built API on the port the dashboard build proxies to, and `next start` in front of it. */
export async function startDashboardStack({
  databaseUrl,
  webPort,
}: {
  databaseUrl: string;
  webPort: number;
}): Promise<DashboardStack> {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build the API first (pnpm build)`);
  const apiUrl = builtApiUrl();
  const apiPort = Number(new URL(apiUrl).port || 80);
  const webUrl = `http://127.0.0.1:${webPort}`;
  await assertPortFree(apiPort, "API");
  await assertPortFree(webPort, "dashboard");
  const baseEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production" };

  const api = await startProcess({
    name: "API",
    command: process.execPath,
    args: [apiMain],
    cwd: path.join(repositoryRoot, "apps", "api"),
    env: {
      ...baseEnv,
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(apiPort),
      SEGLENS_WEB_ORIGIN: webUrl,
      // Plain http on 127.0.0.1: a Secure cookie would never be sent back.
      SEGLENS_SECURE_COOKIES: "false",
      SEGLENS_SHUTDOWN_TIMEOUT_MS: "10000",
      LOG_LEVEL: "warn",
    },
    readyUrl: `${apiUrl}/healthz`,
    readyTimeoutMs: 90_000,
  });

  let web: RunningProcess;
  try {
    const nextBin = require.resolve("next/dist/bin/next", { paths: [webDirectory] });
    web = await startProcess({
      name: "dashboard",
      command: process.execPath,
      args: [nextBin, "start", "-p", String(webPort)],
      cwd: webDirectory,
      env: { ...baseEnv, API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: "1" },
      readyUrl: `${webUrl}/login`,
      readyTimeoutMs: 60_000,
    });
  } catch (error) {
    await api.stop();
    throw error;
  }

  return {
    apiUrl,
    webUrl,
    api,
    web,
    async stop() {
      await web.stop();
      await api.stop();
    },
  };
}
