#!/usr/bin/env node
// Runs the compiled CLI, building the package first when it has not been built yet.
const { existsSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const packageDir = path.join(__dirname, "..");
const entry = path.join(packageDir, "dist", "cli", "main.js");
if (!existsSync(entry)) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [packageDir] });
  execFileSync(process.execPath, [tsc, "-p", path.join(packageDir, "tsconfig.build.json")], { stdio: "inherit" });
}
require(entry).main(process.argv.slice(2));
