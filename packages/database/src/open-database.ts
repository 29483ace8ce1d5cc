import path from "node:path";
import { applyMigrations } from "./apply-migrations";
import { detectDatabaseMode, type DatabaseMode } from "./detect-database-mode";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; when absent an embedded PGlite is started. */
  databaseUrl?: string;
  /** Where the embedded database keeps its data. */
  embeddedDataDir: string;
  /** Port of the embedded database (0 = any free port). */
  embeddedPort: number;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

export interface OpenDatabase {
  /** "embedded" also for a given URL that reaches a PGlite (the quickstart's), so health reports what runs. */
  mode: DatabaseMode;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The two database modes behind one call: the given PostgreSQL, or an embedded one kept on disk. */
export async function openDatabase({
  databaseUrl,
  embeddedDataDir,
  embeddedPort,
  migrate = true,
}: OpenDatabaseOptions): Promise<OpenDatabase> {
  if (databaseUrl) {
    if (migrate) await applyMigrations(databaseUrl);
    const mode = await detectDatabaseMode(databaseUrl);
    return { mode, databaseUrl, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve(embeddedDataDir),
    port: embeddedPort,
  });
  try {
    if (migrate) await applyMigrations(embedded.databaseUrl);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { mode: "embedded", databaseUrl: embedded.databaseUrl, close: () => embedded.stop() };
}
