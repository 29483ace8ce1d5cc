#!/usr/bin/env node
// Serves an embedded PostgreSQL (PGlite) on a local port. It runs in its own process so that the
// single-threaded WASM database does not share an event loop with the API, and so that it also works
// under test runners that cannot load PGlite's dynamic imports. Started by startEmbeddedPostgres();
// it reports its port over IPC and stops when told to or when its parent goes away. Told
// `{ dump: file }`, it writes a gzipped tarball of its data folder there (a migrated snapshot that
// later servers start from with `loadDataDir`, instead of migrating again).
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { PGlite } = require("@electric-sql/pglite");
const { pg_trgm } = require("@electric-sql/pglite/contrib/pg_trgm");
const { startSessionServer } = require("./pglite-session-server");

async function main() {
  const options = JSON.parse(process.argv[2] || "{}");
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // pg_trgm backs the customer search indexes (a migration creates the extension).
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: new Blob([readFileSync(options.loadDataDir)]) } : {}),
    extensions: { pg_trgm },
  });
  const server = await startSessionServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
    sessionWaitMs: options.sessionWaitMs ?? 20_000,
  });
  const { port } = server;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await db.close();
    process.exit(0);
  };
  const dump = async (file) => {
    try {
      const tarball = await db.dumpDataDir("gzip");
      // Written beside and renamed: a parallel reader never sees half a file.
      const partial = `${file}.${process.pid}.part`;
      writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
      renameSync(partial, file);
      process.send?.({ dumped: file });
    } catch (error) {
      process.send?.({ dumpError: error instanceof Error ? error.message : String(error) });
    }
  };
  process.on("message", (message) => {
    if (message === "stop") void stop();
    else if (message && typeof message === "object" && message.dump) void dump(message.dump);
  });
  process.on("disconnect", stop);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.send) process.send({ port });
  else console.log(`embedded PostgreSQL on 127.0.0.1:${port}`);
}

main().catch((error) => {
  const message = error instanceof Error ? error.message : String(error);
  if (process.send) process.send({ error: message });
  else console.error(message);
  process.exit(1);
});
