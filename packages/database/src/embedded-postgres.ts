import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { formatDatabaseUrl } from "./connection-config";

export interface EmbeddedPostgres {
  databaseUrl: string;
  port: number;
  /** Writes a gzipped tarball of the data folder to `file` (for `loadDataDir`). */
  dumpDataDir(file: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data between restarts; omit for an in-memory database (tests). */
  dataDir?: string;
  /** A tarball written by dumpDataDir() to start from (tests: a migrated snapshot). */
  loadDataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Connections the socket server multiplexes onto the single PGlite session. */
  maxConnections?: number;
  /**
   * Longest wait of a query for the session while another connection holds it (PGlite runs one transaction at
   * a time); then the query fails with SQLSTATE 57P03 and a message that says so.
   */
  sessionWaitMs?: number;
  /** How long to wait for the server to come up (ms). */
  startTimeoutMs?: number;
}

const serverScript = path.resolve(__dirname, "..", "bin", "embedded-postgres-server.js");

/**
 * A real PostgreSQL (PGlite, compiled to WASM) served on a local port by a child process, so that the
 * same Prisma client, migrations and job queue work as against a PostgreSQL server.
 */
export function startEmbeddedPostgres({
  dataDir,
  loadDataDir,
  port = 0,
  maxConnections = 32,
  sessionWaitMs = 20_000,
  startTimeoutMs = 60_000,
}: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const child = fork(
    serverScript,
    [JSON.stringify({ dataDir, loadDataDir, port, maxConnections, sessionWaitMs })],
    { stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send("stop");
      else child.kill("SIGTERM");
      await exited;
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`embedded PostgreSQL did not start within ${startTimeoutMs} ms`));
    }, startTimeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited during start-up (code ${code})`));
    });
    child.once("message", (message: { port?: number; error?: string }) => {
      clearTimeout(timer);
      if (!message.port) {
        reject(new Error(`embedded PostgreSQL failed to start: ${message.error ?? "no port reported"}`));
        return;
      }
      resolve({
        port: message.port,
        databaseUrl: formatDatabaseUrl({
          host: "127.0.0.1",
          port: message.port,
          user: "postgres",
          password: "",
          database: "postgres",
        }),
        dumpDataDir: (file) => dumpDataDir(child, file),
        stop,
      });
    });
  });
}

function dumpDataDir(child: ChildProcess, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { dumped?: string; dumpError?: string }) => {
      if (message.dumped === file) {
        child.off("message", onMessage);
        resolve();
      } else if (message.dumpError) {
        child.off("message", onMessage);
        reject(new Error(`embedded PostgreSQL could not dump its data: ${message.dumpError}`));
      }
    };
    child.on("message", onMessage);
    child.send({ dump: file });
  });
}
