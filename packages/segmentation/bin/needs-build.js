// Whether the compiled CLI must be (re)built: dist is missing, or a source file or tsconfig is
// newer than dist/cli/main.js. Kept apart from segment.js so that a test can call it.
const { existsSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

/**
 * True when some source file under `directory` (tests aside: the build leaves them out) was
 * modified after `builtAt` (ms). Only stats are read (about 150 files: a millisecond or two) and
 * the walk stops at the first newer file.
 */
function hasNewerFile(directory, builtAt) {
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, item.name);
    if (item.isDirectory()) {
      if (hasNewerFile(full, builtAt)) return true;
    } else if (!item.name.endsWith(".test.ts") && statSync(full).mtimeMs > builtAt) {
      return true;
    }
  }
  return false;
}

function needsBuild(packageDir) {
  const entry = path.join(packageDir, "dist", "cli", "main.js");
  if (!existsSync(entry)) return true;
  const builtAt = statSync(entry).mtimeMs;
  const sources = path.join(packageDir, "src");
  if (existsSync(sources) && hasNewerFile(sources, builtAt)) return true;
  return ["tsconfig.json", "tsconfig.build.json"].some((name) => {
    const file = path.join(packageDir, name);
    return existsSync(file) && statSync(file).mtimeMs > builtAt;
  });
}

module.exports = { needsBuild };
