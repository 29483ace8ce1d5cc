import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The repository root: prisma/ and prisma.config.ts live there (same depth from src/ and dist/). */
export const repositoryRoot = path.resolve(__dirname, "..", "..", "..");

/**
 * Applies every pending migration in prisma/migrations with `prisma migrate deploy`
 * (Prisma 6.19's WASM engine through the pg driver adapter: no native engine, no download).
 */
export async function applyMigrations(databaseUrl: string): Promise<string> {
  const cli = require.resolve("prisma/build/index.js", { paths: [__dirname] });
  try {
    const { stdout } = await run(process.execPath, [cli, "migrate", "deploy"], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
      timeout: 120_000,
    });
    return stdout;
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`migrations failed: ${(output.stderr || output.stdout || output.message).trim()}`);
  }
}
