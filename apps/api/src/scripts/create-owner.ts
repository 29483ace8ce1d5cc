import "reflect-metadata";
import { parseArgs } from "node:util";
import { createPrismaClient, openDatabase } from "@seglens/database";
import { environment, type Environment } from "../env";
import { AppError } from "../errors/app-error";
import { createOwnerAccount } from "../modules/auth/create-owner-account";
import { isPlausibleEmail } from "../modules/auth/normalise-email";
import { assertAcceptablePassword } from "../modules/auth/password-rules";

const usage =
  "usage: node dist/scripts/create-owner.js --email <email> --password <password> [--name <name>]";

/**
 * Headless first-run setup: creates the owner account in the configured database (DATABASE_URL, or
 * the embedded one) and prints its id. Fails, changing nothing, when any user already exists.
 */
export async function runCreateOwner(argv: string[], env: Environment): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.password)
    throw new AppError("BAD_USER_INPUT", `--email and --password are required. ${usage}`);
  // Checked here too so a typo fails at once, before the database is opened and migrated.
  if (!isPlausibleEmail(values.email))
    throw new AppError("BAD_USER_INPUT", "--email is not a valid email address.");
  assertAcceptablePassword({ password: values.password, email: values.email });
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedDataDir: env.SEGLENS_DATA_DIR,
    embeddedPort: env.SEGLENS_EMBEDDED_DB_PORT,
  });
  const prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 1 });
  try {
    const owner = await createOwnerAccount({
      prisma,
      email: values.email,
      password: values.password,
      name: values.name ?? null,
      origin: "cli",
    });
    return owner.id;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

if (require.main === module) {
  runCreateOwner(process.argv.slice(2), environment())
    .then((id) => {
      process.stdout.write(`owner created (id ${id}); sign in on the dashboard\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `create-owner failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    });
}
