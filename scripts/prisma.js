#!/usr/bin/env node
// Runs the Prisma CLI from the repository root. DATABASE_URL must be set (to anything) even for
// `prisma generate`, or the CLI falls back to downloading a native engine, which cannot work here.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const cli = require.resolve("prisma/build/index.js", { paths: [path.join(root, "packages", "database")] });
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
