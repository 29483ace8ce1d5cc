#!/usr/bin/env node
// Creates prisma/migrations/<timestamp>_<name>/ from the difference between the schema as of the last
// migration (its schema.prisma snapshot) and prisma/schema.prisma. The offline WASM engine cannot
// introspect a live database, so `prisma migrate dev` is not an option here.
// Hand-written SQL (CHECK constraints, partial indexes) is appended to migration.sql afterwards.
const fs = require("node:fs");
const path = require("node:path");
const { migrationsDir, schemaPath, pendingMigrationSql } = require("./migration-files");

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm db:migration <name_in_snake_case>");
  process.exit(2);
}
const sql = pendingMigrationSql();
if (!sql) {
  console.log("schema.prisma has no changes since the last migration");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.copyFileSync(schemaPath, path.join(dir, "schema.prisma"));
console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
