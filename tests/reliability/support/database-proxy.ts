import { createServer, connect, type Server, type Socket } from "node:net";
import { findFreePort } from "./free-port";

export interface DatabaseProxy {
  port: number;
  /**
   * Simulates the database going away: every open connection is reset mid-stream and new ones are
   * refused (ECONNREFUSED), as when PostgreSQL is stopped with `pg_ctl stop -m immediate`.
   */
  cut(): Promise<void>;
  /** The database is back: connections are accepted and forwarded again. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 between the API and the shared PostgreSQL. Cutting it is how these tests
 * stop "the database" without disturbing the other tests that use the same server.
 */
export async function startDatabaseProxy(target: { host: string; port: number }): Promise<DatabaseProxy> {
  const port = await findFreePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const created = createServer((client) => {
        const upstream = connect(target.port, target.host);
        sockets.add(client);
        sockets.add(upstream);
        const forget = () => {
          sockets.delete(client);
          sockets.delete(upstream);
          client.destroy();
          upstream.destroy();
        };
        client.on("error", forget).on("close", forget);
        upstream.on("error", forget).on("close", forget);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      created.once("error", reject);
      created.listen(port, "127.0.0.1", () => resolve());
      server = created;
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = undefined;
      if (!current) return resolve();
      current.close(() => resolve());
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
    });

  await listen();
  return {
    port,
    cut: stopListening,
    restore: async () => {
      if (!server) await listen();
    },
    close: stopListening,
  };
}
