import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "./free-port";

/** The checkout's root (found upwards, so this also works when compiled into tests/bench/dist). */
export const repositoryRoot = findRoot(__dirname);

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${start}`);
    dir = parent;
  }
  return dir;
}
const mainScript = path.join(repositoryRoot, "apps", "api", "dist", "main.js");

export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartApiOptions {
  databaseUrl: string;
  /** Extra settings (LOG_LEVEL, SEGLENS_RATE_LIMIT_PER_MINUTE, ...). */
  env?: Record<string, string>;
  /** Reuse this port (a restarted API keeps its address). */
  port?: number;
}

/** Starts the REAL built API (`node apps/api/dist/main.js`) as a child process and waits for /healthz. */
export async function startApiProcess({ databaseUrl, env = {}, port }: StartApiOptions): Promise<ApiProcess> {
  if (!existsSync(mainScript)) throw new Error(`${mainScript} is missing: build the API first (pnpm build)`);
  const chosenPort = port ?? (await findFreePort());
  const child = spawn(process.execPath, [mainScript], {
    cwd: path.join(repositoryRoot, "apps", "api"),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      DATABASE_URL: databaseUrl,
      PORT: String(chosenPort),
      HOST: "127.0.0.1",
      SEGLENS_SECURE_COOKIES: "false",
      SEGLENS_SHUTDOWN_TIMEOUT_MS: "20000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });
  const url = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (!running) throw new Error(`the API exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API did not answer /healthz within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    port: chosenPort,
    child,
    logs: () => output,
    alive: () => running,
    exited,
    async stop(graceMs = 25_000) {
      if (!running) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
