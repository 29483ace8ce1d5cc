import { SegmentationError } from "../errors";

type Command = (args: string[]) => Promise<void>;

// Each command lives in its own file: <name>-command.ts exporting run<Name>Command.
const commands: Record<string, () => Promise<Command>> = {
  rules: async () => (await import("./rules-command")).runRulesCommand,
  classify: async () => (await import("./classify-command")).runClassifyCommand,
  cluster: async () => (await import("./cluster-command")).runClusterCommand,
};

const usage = `usage: segment <command> [options]
commands: ${Object.keys(commands).join(", ") || "(none yet)"}`;

/** CLI entry: one-line errors and a non-zero exit for bad input, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ""}${usage}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const command = await load();
    await command(rest);
  } catch (error) {
    const message =
      error instanceof SegmentationError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`segment ${name}: ${message}\n`);
    process.exitCode = 1;
  }
}
