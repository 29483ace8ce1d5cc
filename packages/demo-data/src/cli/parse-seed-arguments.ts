import { z } from "zod";
import { DemoDataError } from "../errors";
import { parseAsOf } from "../shop/calendar";
import { MAX_CUSTOMERS, MIN_CUSTOMERS } from "../shop/generate-demo-shop";

export const DEFAULT_DATA_DIR = ".data/pglite";
export const DEFAULT_CUSTOMERS = 2000;

export const SEED_USAGE = `Usage: pnpm seed [--customers N] [--seed S] [--as-of yyyy-mm-dd] [--csv-dir DIR]
                 [--database-url URL | --data-dir DIR] [--no-database] [--batch-size N]
  --customers N       customers to generate, ${MIN_CUSTOMERS}..${MAX_CUSTOMERS} (default ${DEFAULT_CUSTOMERS})
  --seed S            random seed, 0..4294967295 (default 1): same seed, same shop
  --as-of DATE        the day the history ends (default 2026-11-01)
  --csv-dir DIR       also write customers.csv, products.csv, orders.csv, events.csv there
  --database-url URL  PostgreSQL to seed (default: $DATABASE_URL, else the embedded database)
  --data-dir DIR      folder of the embedded database (default: $SEGLENS_DATA_DIR or ${DEFAULT_DATA_DIR})
  --no-database       only write the CSV files (needs --csv-dir)
  --batch-size N      customers per batch (default 5000 with COPY on a PostgreSQL server, 500 on the
                      embedded database, 100 with --no-database)`;

export interface SeedArguments {
  customers: number;
  seed: number;
  asOf: string;
  csvDirectory: string | undefined;
  /** undefined: use the embedded database in `dataDirectory`. */
  databaseUrl: string | undefined;
  dataDirectory: string;
  writeDatabase: boolean;
  /** undefined: the writer's own default. */
  batchSize: number | undefined;
  help: boolean;
}

const VALUE_FLAGS = [
  "customers",
  "seed",
  "as-of",
  "csv-dir",
  "database-url",
  "data-dir",
  "batch-size",
] as const;
const SWITCHES = ["no-database", "help"] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

const wholeNumber = (flag: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `--${flag} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `--${flag} must be from ${min} to ${max}`);

const schema = z.object({
  customers: wholeNumber("customers", MIN_CUSTOMERS, MAX_CUSTOMERS).default(String(DEFAULT_CUSTOMERS)),
  seed: wholeNumber("seed", 0, 0xffffffff).default("1"),
  "as-of": z
    .string()
    .refine((value) => {
      try {
        parseAsOf(value);
        return true;
      } catch {
        return false;
      }
    }, "--as-of must be a date as yyyy-mm-dd")
    .default("2026-11-01"),
  "csv-dir": z.string().min(1, "--csv-dir must not be empty").optional(),
  "database-url": z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "--database-url must start with postgresql://")
    .optional(),
  "data-dir": z.string().min(1, "--data-dir must not be empty").optional(),
  "batch-size": wholeNumber("batch-size", 1, 100_000).optional(),
});

/**
 * Reads the seed command line (`--flag value` or `--flag=value`). The environment is passed in so
 * that this stays testable: DATABASE_URL and SEGLENS_DATA_DIR are the defaults the API uses too.
 */
export function parseSeedArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SeedArguments {
  const values: Partial<Record<ValueFlag, string>> = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    // pnpm forwards a lone "--" separator to scripts; it carries nothing.
    if (argument === "--") continue;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argument);
    if (!match) throw new DemoDataError("INVALID_ARGUMENT", `unexpected argument "${argument}" (see --help)`);
    const [, name, inlineValue] = match;
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (inlineValue !== undefined) throw new DemoDataError("INVALID_ARGUMENT", `--${name} takes no value`);
      switches.add(name);
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      throw new DemoDataError("INVALID_ARGUMENT", `unknown option --${name} (see --help)`);
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith("--"))) {
      throw new DemoDataError("INVALID_ARGUMENT", `--${name} needs a value`);
    }
    if (values[name as ValueFlag] !== undefined)
      throw new DemoDataError("INVALID_ARGUMENT", `--${name} given twice`);
    values[name as ValueFlag] = value;
  }

  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DemoDataError(
      "INVALID_ARGUMENT",
      `${issue.message}, got "${values[issue.path[0] as ValueFlag]}"`,
    );
  }
  const options = parsed.data;
  const writeDatabase = !switches.has("no-database");
  if (!writeDatabase && options["csv-dir"] === undefined) {
    throw new DemoDataError(
      "INVALID_ARGUMENT",
      "--no-database needs --csv-dir: there would be nothing to write",
    );
  }
  if (options["database-url"] !== undefined && options["data-dir"] !== undefined) {
    throw new DemoDataError("INVALID_ARGUMENT", "give either --database-url or --data-dir, not both");
  }
  return {
    customers: options.customers,
    seed: options.seed,
    asOf: options["as-of"],
    csvDirectory: options["csv-dir"],
    databaseUrl:
      options["database-url"] ??
      (options["data-dir"] === undefined ? env.DATABASE_URL || undefined : undefined),
    dataDirectory: options["data-dir"] ?? (env.SEGLENS_DATA_DIR || DEFAULT_DATA_DIR),
    writeDatabase,
    batchSize: options["batch-size"],
    help: switches.has("help"),
  };
}
