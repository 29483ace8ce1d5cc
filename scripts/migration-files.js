// Where migrations and their schema snapshots live, shared by create-migration and check-migrations.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

function migrationFolders() {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The schema.prisma snapshot stored with the newest migration, or null when there is none. */
function lastSnapshot() {
  const folders = migrationFolders();
  if (folders.length === 0) return null;
  const snapshot = path.join(migrationsDir, folders[folders.length - 1], "schema.prisma");
  if (!fs.existsSync(snapshot)) throw new Error(`${snapshot} is missing`);
  return snapshot;
}

function prismaArgs(args) {
  return [path.join(__dirname, "prisma.js"), ...args];
}

/**
 * The SQL that takes the schema as of the newest migration to prisma/schema.prisma, or "" when they
 * agree. Throws with Prisma's message when the diff itself fails.
 */
function pendingMigrationSql() {
  const from = lastSnapshot();
  const result = spawnSync(
    process.execPath,
    prismaArgs([
      "migrate",
      "diff",
      ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
      "--to-schema-datamodel",
      schemaPath,
      "--script",
    ]),
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed: ${result.stderr}`);
  return /\b(CREATE|ALTER|DROP)\b/.test(result.stdout) ? result.stdout : "";
}

module.exports = { root, migrationsDir, schemaPath, migrationFolders, lastSnapshot, pendingMigrationSql };
