#!/usr/bin/env node
// Runs the compiled CLI, (re)building the package first when dist is missing or older than any
// source file, so an edit under src/ never runs against a stale build.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { needsBuild } = require("./needs-build");

const packageDir = path.join(__dirname, "..");
if (needsBuild(packageDir)) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [packageDir] });
  execFileSync(process.execPath, [tsc, "-p", path.join(packageDir, "tsconfig.build.json")], {
    stdio: "inherit",
  });
}
require(path.join(packageDir, "dist", "cli", "main.js")).main(process.argv.slice(2));
