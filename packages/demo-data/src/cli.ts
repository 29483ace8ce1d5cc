// Entry point of `pnpm seed` (via bin/seed.js). The one place in this package that reads process.env.
import { runSeedCommand } from "./cli/run-seed-command";

export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await runSeedCommand(argv, {
    env: process.env,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    now: () => performance.now(),
  });
}

if (require.main === module) void main(process.argv.slice(2));
