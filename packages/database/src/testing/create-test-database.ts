import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { applyMigrations } from "../apply-migrations";
import { formatDatabaseUrl, parseDatabaseUrl } from "../connection-config";
import { startEmbeddedPostgres } from "../embedded-postgres";

export interface TestDatabase {
  databaseUrl: string;
  mode: "external" | "embedded";
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file. With a server URL (CI: the real PostgreSQL) it
 * creates a uniquely named database there; without one it starts an in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    await applyMigrations(embedded.databaseUrl);
    return { databaseUrl: embedded.databaseUrl, mode: "embedded", drop: () => embedded.stop() };
  }
  const server = parseDatabaseUrl(serverUrl);
  const name = `seglens_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const databaseUrl = formatDatabaseUrl({ ...server, database: name });
  await applyMigrations(databaseUrl);
  return {
    databaseUrl,
    mode: "external",
    drop: async () => {
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
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
