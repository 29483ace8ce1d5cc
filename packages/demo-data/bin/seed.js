#!/usr/bin/env node
// Runs the compiled seed CLI, building this package (and the database package it needs) first when
// they have not been built yet, so `pnpm seed` works straight after `pnpm install`.
const { existsSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const packageDir = path.join(__dirname, "..");
const databaseDir = path.join(packageDir, "..", "database");

function buildIfMissing(dir, entry) {
  if (existsSync(path.join(dir, entry))) return;
  const tsc = require.resolve("typescript/bin/tsc", { paths: [dir] });
  execFileSync(process.execPath, [tsc, "-p", path.join(dir, "tsconfig.build.json")], { stdio: "inherit" });
}

buildIfMissing(databaseDir, path.join("dist", "index.js"));
buildIfMissing(packageDir, path.join("dist", "cli.js"));
require(path.join(packageDir, "dist", "cli.js")).main(process.argv.slice(2));
