import { spawn, type ChildProcess } from "node:child_process";

export interface RunningProcess {
  name: string;
  child: ChildProcess;
  /** The last output of the process (stdout and stderr interleaved), for failure messages. */
  logs(): string;
  alive(): boolean;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartProcessOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** A URL that answers 2xx once the process is ready to serve. */
  readyUrl: string;
  readyTimeoutMs: number;
}

const keptOutputChars = 20_000;

/** Starts a server process and resolves once `readyUrl` answers; rejects with its output if it exits or never answers. */
export async function startProcess({
  name,
  command,
  args,
  cwd,
  env,
  readyUrl,
  readyTimeoutMs,
}: StartProcessOptions): Promise<RunningProcess> {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-keptOutputChars);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let running = true;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running = false;
      resolve();
    });
  });
  const handle: RunningProcess = {
    name,
    child,
    logs: () => output,
    alive: () => running,
    async stop(graceMs = 20_000) {
      if (!running) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (!running) throw new Error(`${name} exited during start-up:\n${output}`);
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      if (response.status < 500) return handle;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await handle.stop(2_000);
      throw new Error(`${name} did not answer ${readyUrl} within ${readyTimeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
