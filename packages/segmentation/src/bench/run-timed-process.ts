import { spawnSync } from "node:child_process";

/** Runs a command to completion and returns its wall time (start to exit) and stdout. */
export function runTimedProcess(
  command: string,
  args: string[],
  cwd?: string,
): { seconds: number; stdout: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited with ${result.status}: ${result.stderr.trim().split("\n").pop()}`,
    );
  }
  return { seconds, stdout: result.stdout };
}
