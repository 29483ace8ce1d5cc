import { z } from "zod";

const booleanFromString = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** PostgreSQL to use; unset = embedded PGlite kept in SEGLENS_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  SEGLENS_DATA_DIR: z.string().min(1).default(".data/pglite"),
  SEGLENS_EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Browser origin(s) allowed to call the API with cookies, comma separated. */
  SEGLENS_WEB_ORIGIN: z.string().default("http://localhost:3000"),
  /** Session lifetime in hours. */
  SEGLENS_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(24 * 7),
  /** Cookies marked Secure (default: on in production). */
  SEGLENS_SECURE_COOKIES: booleanFromString.optional(),
  /** Largest upload accepted by the import endpoint, in megabytes. */
  SEGLENS_MAX_UPLOAD_MB: z.coerce.number().positive().max(10_000).default(200),
  /** Requests per minute per IP / per API key. */
  SEGLENS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  /**
   * API processes sharing the port (node:cluster); one per CPU core uses the machine. Each process keeps its
   * own rate-limit windows and key cache, and takes jobs from the shared queue (each job still runs once).
   */
  SEGLENS_API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** Run background jobs (segmentation, imports, webhooks) in this process. */
  SEGLENS_RUN_WORKERS: booleanFromString.default("true"),
  /**
   * A webhook delivery's lease: a process killed mid-delivery is replaced by another within about this long
   * (plus half of it for the sweep). Its worker renews the lease every sixth of it.
   */
  SEGLENS_WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(30),
  /** Longest graceful shutdown (drain requests, finish jobs) before the process exits anyway. */
  SEGLENS_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Environment = Readonly<
  z.infer<typeof environmentSchema> & { SEGLENS_SECURE_COOKIES: boolean; isProduction: boolean }
>;

/** Parses settings once; a bad or missing setting stops the start with a message that names it. */
export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = environmentSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid configuration: ${problems.join("; ")}`);
  }
  const isProduction = result.data.NODE_ENV === "production";
  return Object.freeze({
    ...result.data,
    SEGLENS_SECURE_COOKIES: result.data.SEGLENS_SECURE_COOKIES ?? isProduction,
    isProduction,
  });
}

let loaded: Environment | undefined;

/** The process's settings (the one place that reads process.env). */
export function environment(): Environment {
  loaded ??= parseEnvironment(process.env);
  return loaded;
}
