#!/usr/bin/env node
// `pnpm test`: every package's tests through turbo, one package at a time.
// Tests run against the PostgreSQL server in DATABASE_URL (each test file creates and drops its own
// database there). Without DATABASE_URL, a PostgreSQL answering on 127.0.0.1:5432 as user postgres is used
// the same way; failing that, or with `--embedded`, every test file starts its own embedded PostgreSQL
// (PGlite, from a migrated snapshot). There the few tests of server-only behaviour (killing a backend, a lock
// of one session seen by another, statements side by side) are left out, each printed with the reason
// ("not run on the embedded database"). Other arguments go to turbo, e.g. `--embedded --filter @seglens/api`.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const localServer = "postgresql://postgres@127.0.0.1:5432/postgres";

async function localServerAnswers() {
  const { Client } = require(require.resolve("pg", { paths: [path.join(root, "packages", "database")] }));
  const client = new Client({ connectionString: localServer, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const args = process.argv.slice(2);
  const embedded = args.includes("--embedded");
  if (embedded) {
    delete env.DATABASE_URL;
    console.log("tests use embedded PostgreSQL (PGlite): --embedded");
  } else if (!env.DATABASE_URL) {
    if (await localServerAnswers()) {
      env.DATABASE_URL = localServer;
      console.log(`tests use the PostgreSQL server at ${localServer} (set DATABASE_URL to choose another)`);
    } else {
      console.log(
        "no DATABASE_URL and no PostgreSQL on 127.0.0.1:5432: tests use embedded PostgreSQL (PGlite)",
      );
    }
  }
  const turbo = require.resolve("turbo/bin/turbo", { paths: [root] });
  const result = spawnSync(
    process.execPath,
    [turbo, "run", "test", "--concurrency=1", ...args.filter((arg) => arg !== "--embedded")],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  process.exit(result.status ?? 1);
}

main();
