/** The pieces of a postgresql:// URL, as the pg driver and the Prisma adapter take them. */
export interface ConnectionConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /**
   * Every session runs in UTC ("-c TimeZone=UTC"). The schema's timestamp columns have no time zone and hold UTC,
   * as Prisma writes them; a time SQL writes (`now()`, `clock_timestamp()`) is stored in the session's zone, which
   * is the server's by default, and initdb gives a server its machine's zone.
   */
  options: string;
}

export function parseDatabaseUrl(databaseUrl: string): ConnectionConfig {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL: "${databaseUrl}"`);
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`DATABASE_URL must start with postgresql://, got "${url.protocol}//"`);
  }
  return {
    host: url.hostname || "127.0.0.1",
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1) || "postgres"),
    options: "-c TimeZone=UTC",
  };
}

export function formatDatabaseUrl(config: Omit<ConnectionConfig, "options">): string {
  const auth = config.password
    ? `${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}`
    : encodeURIComponent(config.user);
  return `postgresql://${auth}@${config.host}:${config.port}/${encodeURIComponent(config.database)}`;
}
