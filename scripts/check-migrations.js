#!/usr/bin/env node
// Fails when prisma/schema.prisma differs from the schema as of the newest migration,
// i.e. when someone changed the schema without running `pnpm db:migration <name>`.
const fs = require("node:fs");
const path = require("node:path");
const { migrationFolders, migrationsDir, pendingMigrationSql } = require("./migration-files");

const missing = migrationFolders().filter(
  (folder) => !fs.existsSync(path.join(migrationsDir, folder, "migration.sql")),
);
if (missing.length > 0) {
  console.error(`migrations without migration.sql: ${missing.join(", ")}`);
  process.exit(1);
}
const pending = pendingMigrationSql();
if (pending) {
  console.error(
    "prisma/schema.prisma and prisma/migrations disagree; run `pnpm db:migration <name>`. Pending SQL:",
  );
  console.error(pending);
  process.exit(1);
}
console.log(`migrations match prisma/schema.prisma (${migrationFolders().length} migrations)`);
