import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const apiMain = path.resolve(__dirname, "..", "..", "apps", "api", "dist", "main.js");

describe("starting the built API with a bad setting", () => {
  it.each([
    [{ PORT: "not-a-port" }, "PORT"],
    [{ DATABASE_URL: "mysql://root@localhost/shop" }, "DATABASE_URL"],
    [{ SEGLENS_SESSION_HOURS: "-3" }, "SEGLENS_SESSION_HOURS"],
  ])("stops at once with %j and a message naming %s", async (settings, name) => {
    const failure = await run(process.execPath, [apiMain], {
      env: { PATH: process.env.PATH, ...settings },
      timeout: 60_000,
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      new RegExp(`^seglens api failed to start: invalid configuration: ${name}: `),
    );
    expect(failure?.stderr).not.toMatch(/\n\s+at /);
  });
});
