import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { applyMigrations, repositoryRoot } from "../apply-migrations";
import { formatDatabaseUrl, parseDatabaseUrl } from "../connection-config";
import { startEmbeddedPostgres } from "../embedded-postgres";

export interface TestDatabase {
  databaseUrl: string;
  mode: "external" | "embedded";
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file. With a server URL (CI: the real PostgreSQL) it copies a
 * template database migrated once per set of migrations (CREATE DATABASE … TEMPLATE is a file copy, far
 * faster than migrating every time); without one it starts an in-memory embedded PostgreSQL from a snapshot
 * of a migrated one, taken once per set of migrations and PGlite version.
 */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ loadDataDir: await ensureEmbeddedSnapshot() });
    return { databaseUrl: embedded.databaseUrl, mode: "embedded", drop: () => embedded.stop() };
  }
  const server = parseDatabaseUrl(serverUrl);
  const template = await ensureTemplateDatabase(serverUrl);
  const name = `seglens_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  return {
    databaseUrl: formatDatabaseUrl({ ...server, database: name }),
    mode: "external",
    drop: async () => {
      await withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

/** The template's name changes with the migrations, so a stale template is never used. */
function templateName(): string {
  const migrationsDir = path.join(repositoryRoot, "prisma", "migrations");
  const hash = createHash("sha256");
  for (const folder of readdirSync(migrationsDir).sort()) {
    const file = path.join(migrationsDir, folder, "migration.sql");
    try {
      hash.update(folder).update(readFileSync(file));
    } catch {
      // not a migration folder (migration_lock.toml)
    }
  }
  return `seglens_template_${hash.digest("hex").slice(0, 16)}`;
}

/**
 * A migrated embedded database as a tarball in the temp folder. Starting from it skips initdb and
 * `prisma migrate deploy` (about 10 s per test file); parallel test processes may both write it, each
 * atomically.
 */
async function ensureEmbeddedSnapshot(): Promise<string> {
  const pgliteVersion = (
    JSON.parse(
      readFileSync(
        path.join(path.dirname(require.resolve("@electric-sql/pglite")), "..", "package.json"),
        "utf8",
      ),
    ) as { version: string }
  ).version;
  const file = path.join(os.tmpdir(), `${templateName()}_pglite_${pgliteVersion}.tar.gz`);
  if (existsSync(file)) return file;
  const embedded = await startEmbeddedPostgres();
  try {
    await applyMigrations(embedded.databaseUrl);
    await embedded.dumpDataDir(file);
  } finally {
    await embedded.stop();
  }
  return file;
}

async function ensureTemplateDatabase(serverUrl: string): Promise<string> {
  const name = templateName();
  await withAdminClient(serverUrl, async (client) => {
    // Parallel test processes: one migrates the template, the others wait on the lock.
    await client.query("SELECT pg_advisory_lock(727274)");
    try {
      const exists = await client.query("SELECT datistemplate FROM pg_database WHERE datname = $1", [name]);
      if (exists.rows[0]?.datistemplate) return;
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
      await applyMigrations(formatDatabaseUrl({ ...parseDatabaseUrl(serverUrl), database: name }));
      await client.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(727274)");
    }
  });
  return name;
}

async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...parseDatabaseUrl(serverUrl), database: "postgres" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
