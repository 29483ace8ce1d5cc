import type { ClientBase } from "pg";

/**
 * Whether the server takes COPY FROM STDIN over this connection. The embedded PGlite, served through
 * @electric-sql/pglite-socket, does not: the socket server cannot relay CopyData messages, answers
 * "protocol synchronization was lost" and then stops answering every connection (tried with
 * pglite-socket 0.2.17). A trial COPY would therefore take the embedded database down, so the server
 * is asked what it is instead; PGlite says so in version().
 */
export async function detectCopySupport(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
  return !/\bPGlite\b/i.test(rows[0]?.version ?? "");
}
