import { Client } from "pg";
import { parseDatabaseUrl } from "./connection-config";

export type DatabaseMode = "external" | "embedded";

/**
 * Which kind of database a URL reaches: the embedded PGlite also answers on a postgresql:// URL (the quickstart
 * starts it and hands the API its URL), so the URL alone does not tell; the server's version string does.
 */
export async function detectDatabaseMode(databaseUrl: string): Promise<DatabaseMode> {
  const client = new Client({ ...parseDatabaseUrl(databaseUrl), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const result = await client.query<{ embedded: boolean }>("SELECT version() LIKE '%PGlite%' AS embedded");
    return result.rows[0].embedded ? "embedded" : "external";
  } finally {
    await client.end();
  }
}
