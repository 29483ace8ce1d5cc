import { execFileSync } from "node:child_process";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import { createApiKey, createOwnerSession, postGraphql, waitFor } from "./support/api-client";
import { startApiProcess, type ApiProcess } from "./support/api-process";

/**
 * SEGLENS_API_PROCESSES=2: the REAL built API as a cluster primary with two API processes on one port.
 * Both serve, a killed one is replaced without the port going quiet, SIGTERM stops them all with exit 0.
 */
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The API processes the primary runs (its child processes that are node). */
function apiProcessIds(primary: ApiProcess): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(primary.child.pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("several API processes on one port", () => {
  let database: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    api = await startApiProcess({
      databaseUrl: database.databaseUrl,
      env: { SEGLENS_API_PROCESSES: "2", LOG_LEVEL: "info" },
    });
  });
  afterAll(async () => {
    await api?.stop(10_000);
    await database?.drop();
  });

  it("runs two API processes that share sessions and keys through the database", async () => {
    // Each process logs its address once it listens.
    const listening = () => api.logs().split("GraphQL API on").length - 1;
    await waitFor("two listening API processes", async () => (listening() === 2 ? true : undefined), 90_000);
    expect(apiProcessIds(api)).toHaveLength(2);
    const owner = await createOwnerSession(api.url);
    const key = await createApiKey(api.url, owner, ["segments:read"]);
    // New connections go round robin, so forty fresh requests reach both processes: all must accept the
    // session made on one of them and the key created on one of them.
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        postGraphql<{ me: { via: string } }>(
          api.url,
          "query Me { me { via } }",
          {},
          index % 2 === 0 ? { cookie: owner } : { authorization: key.authorization },
        ),
      ),
    );
    expect(answers.map((answer) => answer.body.data?.me.via)).toEqual(
      Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? "SESSION" : "API_KEY")),
    );
  });

  it("replaces a killed API process while the other keeps answering", async () => {
    const [victim, survivor] = apiProcessIds(api);
    process.kill(victim, "SIGKILL");
    // A connection handed to the process in the instant it dies is lost with it (a client retries that);
    // once it is gone, and before its replacement can have started, the survivor alone answers.
    await waitFor(
      "the killed process to be gone",
      async () => (alive(victim) ? undefined : true),
      10_000,
      20,
    );
    const health = await postGraphql<{ health: { ok: boolean } }>(api.url, "query H { health { ok } }", {});
    expect(health.body.data?.health.ok).toBe(true);
    const replaced = await waitFor(
      "a replacement process",
      async () => {
        const now = apiProcessIds(api);
        return now.length === 2 && !now.includes(victim) ? now : undefined;
      },
      60_000,
    );
    expect(replaced).toContain(survivor);
    expect(api.logs()).toContain("an API process ended; starting another");
  });

  it("stops every process on SIGTERM with exit code 0", async () => {
    const children = apiProcessIds(api);
    expect(children).toHaveLength(2);
    api.child.kill("SIGTERM");
    const exit = await api.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(children.filter(alive)).toEqual([]);
  });
});
