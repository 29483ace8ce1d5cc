import { formatDatabaseUrl } from "@seglens/database";
import type { Environment } from "../../env";

/**
 * The URL imports connect to: the one the process opened (passed to the workers), else DATABASE_URL, else
 * the embedded database, which listens on 127.0.0.1:SEGLENS_EMBEDDED_DB_PORT as postgres without a password.
 */
export function importDatabaseUrl({
  databaseUrl,
  env,
}: {
  databaseUrl: string | undefined;
  env: Environment;
}): string {
  if (databaseUrl) return databaseUrl;
  if (env.DATABASE_URL) return env.DATABASE_URL;
  return formatDatabaseUrl({
    host: "127.0.0.1",
    port: env.SEGLENS_EMBEDDED_DB_PORT,
    user: "postgres",
    password: "",
    database: "postgres",
  });
}
