#!/usr/bin/env node
// Fails when prisma/schema.prisma differs from the schema as of the newest migration,
// i.e. when someone changed the schema without running `pnpm db:migration <name>`.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const {
  lastSnapshot,
  migrationFolders,
  migrationsDir,
  schemaPath,
  prismaArgs,
} = require("./migration-files");

const missing = migrationFolders().filter(
  (folder) => !fs.existsSync(path.join(migrationsDir, folder, "migration.sql")),
);
if (missing.length > 0) {
  console.error(`migrations without migration.sql: ${missing.join(", ")}`);
  process.exit(1);
}
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
if (result.status !== 0) {
  console.error(result.stderr);
  process.exit(1);
}
if (/\b(CREATE|ALTER|DROP)\b/.test(result.stdout)) {
  console.error(
    "prisma/schema.prisma and prisma/migrations disagree; run `pnpm db:migration <name>`. Pending SQL:",
  );
  console.error(result.stdout);
  process.exit(1);
}
console.log(`migrations match prisma/schema.prisma (${migrationFolders().length} migrations)`);
