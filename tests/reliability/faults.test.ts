import { request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createApiKey,
  createOwnerSession,
  postGraphql,
  readImportJob,
  uploadAndStart,
  waitFor,
  type ImportJobView,
} from "./support/api-client";
import { startApiProcess, type ApiProcess } from "./support/api-process";
import { writeCustomersCsv } from "./support/customers-csv";
import {
  createTestDatabase,
  formatDatabaseUrl,
  parseDatabaseUrl,
  type TestDatabase,
} from "@seglens/database";
import { startDatabaseProxy, type DatabaseProxy } from "./support/database-proxy";
import { queryOnce, seedCustomersWithSql } from "./support/seed-customers-sql";

/**
 * Faults against the REAL built API (a child process). The API reaches its own fresh database through a
 * TCP proxy; cutting the proxy resets every connection mid-query and refuses new ones, which is what the
 * API sees when PostgreSQL is stopped with `pg_ctl stop -m immediate` (the shared server itself keeps
 * running for the other tests). Checks read the database directly, around the proxy.
 */
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const importRows = 60_000;
const seededCustomers = 20_000;
const apiEnv = { SEGLENS_RATE_LIMIT_PER_MINUTE: "1000000" };
const finished = new Set(["SUCCEEDED", "FAILED", "CANCELLED"]);

describe("faults: the database going away, the API killed or stopped", () => {
  let database: TestDatabase;
  let proxy: DatabaseProxy;
  let proxiedUrl: string;
  let api: ApiProcess;
  let auth: Record<string, string>;
  const work = mkdtempSync(path.join(tmpdir(), "seglens-faults-"));
  const importFile = path.join(work, "customers.csv");

  const customerCount = async (prefix: string) =>
    Number(
      (
        await queryOnce<{ count: string }>(
          database.databaseUrl,
          `select count(*) from "Customer" where "externalId" like $1`,
          [`${prefix}%`],
        )
      )[0].count,
    );

  /** The import once `accept` holds, or its last state when the time is up (so a failure shows where it stuck). */
  const waitForImportStatus = async (
    id: string,
    accept: (job: ImportJobView) => boolean,
    timeoutMs: number,
  ): Promise<ImportJobView | null> => {
    let last: ImportJobView | null = null;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && api.alive()) {
      last = (await readImportJob(api.url, id, auth)) ?? last;
      if (last && accept(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return last;
  };

  /** A test that crashed the API must not take the next ones down with it. */
  const ensureApi = async () => {
    if (api.alive()) return;
    api = await startApiProcess({ databaseUrl: proxiedUrl, port: api.port, env: apiEnv });
  };

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    const direct = parseDatabaseUrl(database.databaseUrl);
    proxy = await startDatabaseProxy({ host: direct.host, port: direct.port });
    proxiedUrl = formatDatabaseUrl({ ...direct, host: "127.0.0.1", port: proxy.port });
    api = await startApiProcess({ databaseUrl: proxiedUrl, env: apiEnv });
    const owner = await createOwnerSession(api.url);
    const key = await createApiKey(api.url, owner, [
      "customers:read",
      "customers:write",
      "imports:read",
      "imports:write",
      "segments:read",
      "segments:write",
    ]);
    auth = { authorization: key.authorization };
    await writeCustomersCsv(importFile, importRows);
  });

  beforeEach(async () => {
    await proxy.restore();
    await ensureApi();
  });

  afterAll(async () => {
    await api?.stop(5_000);
    await proxy?.close();
    await database?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it("database away during an import: the job ends FAILED with no rows written, and a re-run imports every row", async () => {
    const id = await uploadAndStart(api.url, { path: importFile }, "CUSTOMERS", auth);
    await waitForImportStatus(
      id,
      (job) =>
        job.status === "IMPORTING" ||
        (job.status === "VALIDATING" && job.progress > 0.1) ||
        finished.has(job.status),
      60_000,
    );
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await proxy.restore();

    const ended = await waitForImportStatus(id, (job) => finished.has(job.status), 30_000);
    if (!api.alive() || ended?.status !== "FAILED")
      process.stdout.write(`API log:\n${api.logs().slice(-4000)}\n`);
    expect(api.alive()).toBe(true);
    // All-or-nothing: a failed import leaves no customer behind; a finished one left all of them.
    expect(ended?.status).toBe("FAILED");
    expect(ended?.errorMessage).toMatch(/database|interrupted|Nothing was imported/i);
    expect(await customerCount("c")).toBe(0);

    const again = await uploadAndStart(api.url, { path: importFile }, "CUSTOMERS", auth);
    const rerun = await waitForImportStatus(again, (job) => finished.has(job.status), 120_000);
    expect(rerun).toMatchObject({
      status: "SUCCEEDED",
      totalRows: importRows,
      createdCount: importRows,
      updatedCount: 0,
      errorCount: 0,
    });
    expect(await customerCount("c")).toBe(importRows);
  });

  it("database away under load: requests fail fast with DATABASE_UNAVAILABLE and the API recovers without a restart", async () => {
    const query =
      "query Page($first: Int!) { customers(first: $first) { totalCount nodes { id externalId } } }";
    const outcomes: { phase: string; status: number; code: string; elapsedMs: number }[] = [];
    let phase = "before";
    let running = true;
    const client = async () => {
      while (running) {
        try {
          const response = await postGraphql<{ customers: { totalCount: number } }>(
            api.url,
            query,
            { first: 5 },
            auth,
            20_000,
          );
          const code =
            response.body.errors?.[0]?.extensions?.code ?? (response.body.data?.customers ? "OK" : "NO_DATA");
          outcomes.push({
            phase,
            status: response.status,
            code: String(code),
            elapsedMs: response.elapsedMs,
          });
        } catch (error) {
          outcomes.push({ phase, status: 0, code: `CLIENT ${String(error)}`, elapsedMs: 20_000 });
        }
      }
    };
    const clients = Array.from({ length: 8 }, () => client());
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    phase = "outage";
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    phase = "restarting";
    await proxy.restore();
    // The pool throws away its dead connections; give it a moment, then every answer must be whole again.
    await waitFor(
      "a successful request after the restart",
      async () => {
        const response = await postGraphql<{ customers: { totalCount: number } }>(
          api.url,
          query,
          { first: 5 },
          auth,
          10_000,
        );
        return response.body.data?.customers ? true : undefined;
      },
      30_000,
    );
    phase = "after";
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await Promise.all(clients);

    const during = outcomes.filter((outcome) => outcome.phase === "outage");
    const after = outcomes.filter((outcome) => outcome.phase === "after");
    expect(
      outcomes.filter((outcome) => outcome.phase === "before").every((outcome) => outcome.code === "OK"),
    ).toBe(true);
    expect(during.length).toBeGreaterThan(8);
    // While the database is away every answer is either whole or the clear error; none hangs.
    const unexpected = during.filter(
      (outcome) => outcome.code !== "OK" && outcome.code !== "DATABASE_UNAVAILABLE",
    );
    expect(unexpected).toEqual([]);
    expect(during.filter((outcome) => outcome.code === "DATABASE_UNAVAILABLE").length).toBeGreaterThan(0);
    expect(Math.max(...during.map((outcome) => outcome.elapsedMs))).toBeLessThan(12_000);
    expect(
      during
        .filter((outcome) => outcome.code === "DATABASE_UNAVAILABLE")
        .every((outcome) => outcome.status === 503 || outcome.status === 200),
    ).toBe(true);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((outcome) => outcome.code === "OK")).toBe(true);
    expect(api.alive()).toBe(true);
  });

  it("a segmentation run during an outage ends FAILED (or whole), never half-written", async () => {
    await seedCustomersWithSql(database.databaseUrl, seededCustomers);
    const started = await postGraphql<{ startSegmentationRun: { id: string } }>(
      api.url,
      "mutation Run($input: StartSegmentationRunInput!) { startSegmentationRun(input: $input) { id status } }",
      { input: { name: "outage", k: 4, restarts: 3, seed: 1 } },
      auth,
    );
    const runId = started.body.data?.startSegmentationRun.id;
    expect(runId).toBeDefined();
    const runQuery = "query Run($id: ID!) { segmentationRun(id: $id) { status stage error customerCount } }";
    const readRun = async () =>
      (
        await postGraphql<{
          segmentationRun: {
            status: string;
            stage: string;
            error: string | null;
            customerCount: number | null;
          };
        }>(api.url, runQuery, { id: runId }, auth, 10_000)
      ).body.data?.segmentationRun;
    await waitFor(
      "the run to be running",
      async () => ((await readRun())?.status === "RUNNING" ? true : undefined),
      60_000,
      50,
    );
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await proxy.restore();

    let ended: Awaited<ReturnType<typeof readRun>>;
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline && api.alive()) {
      ended = (await readRun().catch(() => undefined)) ?? ended;
      if (ended && finished.has(ended.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!api.alive()) process.stdout.write(`API log:\n${api.logs().slice(-3000)}\n`);
    expect(api.alive()).toBe(true);
    expect(ended?.status).toMatch(/^(FAILED|SUCCEEDED)$/);
    if (!ended) return;
    const [{ segments, members }] = await queryOnce<{ segments: string; members: string }>(
      database.databaseUrl,
      `select (select count(*) from "Segment" where "runId" = $1) as segments, (select count(*) from "SegmentMembership" where "runId" = $1) as members`,
      [runId],
    );
    const total = await customerCount("");
    if (ended.status === "FAILED") {
      expect(ended.error).toBeTruthy();
      expect({ segments: Number(segments), members: Number(members) }).toEqual({ segments: 0, members: 0 });
    } else {
      expect({ segments: Number(segments), members: Number(members) }).toEqual({
        segments: 4,
        members: total,
      });
    }
    expect(api.alive()).toBe(true);
  });

  it("API SIGKILLed mid-import: after a restart the job is FAILED and a re-run gives identical counts", async () => {
    const before = await customerCount("c");
    const killFile = path.join(work, "killed.csv");
    await writeCustomersCsv(killFile, importRows, "k");
    const id = await uploadAndStart(api.url, { path: killFile }, "CUSTOMERS", auth);
    await waitForImportStatus(id, (job) => job.status === "IMPORTING" || finished.has(job.status), 60_000);
    api.child.kill("SIGKILL");
    await api.exited;
    api = await startApiProcess({ databaseUrl: proxiedUrl, port: api.port, env: apiEnv });

    const failed = await waitForImportStatus(id, (job) => finished.has(job.status), 30_000);
    expect(failed?.status).toBe("FAILED");
    expect(failed?.errorMessage).toMatch(/interrupted/i);
    expect(await customerCount("k")).toBe(0);
    expect(await customerCount("c")).toBe(before);

    const again = await uploadAndStart(api.url, { path: killFile }, "CUSTOMERS", auth);
    const rerun = await waitForImportStatus(again, (job) => finished.has(job.status), 120_000);
    expect(rerun).toMatchObject({
      status: "SUCCEEDED",
      totalRows: importRows,
      createdCount: importRows,
      errorCount: 0,
    });
    expect(await customerCount("k")).toBe(importRows);
  });

  it("SIGTERM drains: a request already in flight completes, new connections are refused, the exit code is 0", async () => {
    const expected = await customerCount("");
    const body = JSON.stringify({ query: "query Count { customers(first: 1) { totalCount } }" });
    const slow = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(
        `${api.url}/graphql`,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...auth },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      outgoing.on("error", reject);
      // Half the body now, the rest after SIGTERM: the request is in flight when the signal lands.
      outgoing.write(body.slice(0, 10));
      setTimeout(() => outgoing.end(body.slice(10)), 1_500);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    api.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refused = await fetch(`${api.url}/healthz`, { signal: AbortSignal.timeout(3_000) }).then(
      () => "answered",
      (error: unknown) => String((error as { cause?: { code?: string } }).cause?.code ?? error),
    );
    expect(refused).toBe("ECONNREFUSED");

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { customers: { totalCount: expected } } });
    const exit = await api.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(api.logs()).toMatch(/stopped/);
  });
});
