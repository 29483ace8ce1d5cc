// Fails when the committed src/gql/ differs from what codegen produces from apps/api/schema.graphql
// and the operations in src/ (so a schema change or an edited operation cannot go unnoticed).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const webDir = path.resolve(import.meta.dirname, "..");
const committedDir = path.join(webDir, "src/gql");
const freshDir = mkdtempSync(path.join(tmpdir(), "seglens-gql-"));
try {
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], {
    cwd: webDir,
    stdio: "inherit",
    env: { ...process.env, CODEGEN_OUT: `${freshDir}/` },
  });
  const names = new Set([...readdirSync(committedDir), ...readdirSync(freshDir)]);
  const drifted = [...names].filter((name) => {
    const read = (dir) => {
      try {
        return readFileSync(path.join(dir, name), "utf8");
      } catch {
        return null;
      }
    };
    return read(committedDir) !== read(freshDir);
  });
  if (drifted.length > 0) {
    console.error(
      `src/gql is out of date (${drifted.join(", ")}): run \`pnpm --filter @seglens/web codegen\` and commit it`,
    );
    process.exit(1);
  }
  console.log("src/gql matches apps/api/schema.graphql and the operations in src/");
} finally {
  rmSync(freshDir, { recursive: true, force: true });
}
