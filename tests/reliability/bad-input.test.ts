import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import {
  createApiKey,
  createOwnerSession,
  postGraphql,
  readImportJob,
  uploadImport,
  waitFor,
  type GraphqlResponse,
} from "./support/api-client";
import { startApiProcess, type ApiProcess } from "./support/api-process";
import { discoverOperations } from "./support/discover-operations";
import { generateCsvCases, randomDocument, randomValue } from "./support/malformed-inputs";
import { formulaCells, parseCsv } from "./support/parse-csv";
import { seededRandom } from "./support/seeded-random";
import { queryOnce, seedCustomersWithSql } from "./support/seed-customers-sql";

/**
 * A seeded corpus of malformed inputs against the REAL built API: broken CSVs (quoting, encodings, BOMs,
 * huge fields, formulas, wrong types, negative quantities, future dates, duplicates), a 100 MB file, random
 * GraphQL documents and random variables. No 5xx, no crash, and every refusal carries a code of the closed
 * set with a message; formulas come back neutralised in every exported CSV.
 */
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const closedCodes = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "DATABASE_UNAVAILABLE",
]);
const csvCaseCount = 180;
const mutationCaseCount = 250;
const documentCaseCount = 650;

describe("bad input: a seeded corpus of malformed files, documents and variables", () => {
  let database: TestDatabase;
  let api: ApiProcess;
  let owner: string;
  let auth: Record<string, string>;
  const work = mkdtempSync(path.join(tmpdir(), "seglens-bad-input-"));
  const random = seededRandom(20261130);
  /** Every answer that breaks the contract, with the input that caused it. */
  const violations: string[] = [];
  let inputsSent = 0;

  const check = (label: string, response: GraphqlResponse) => {
    inputsSent += 1;
    if (response.status >= 500)
      violations.push(`${label}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
    for (const error of response.body.errors ?? []) {
      const code = error.extensions?.code ?? "none";
      if (!closedCodes.has(code) || error.message.trim().length < 8)
        violations.push(`${label}: ${code} "${error.message.slice(0, 120)}"`);
    }
  };

  const exportCsv = async (route: string): Promise<string[][]> => {
    const response = await fetch(`${api.url}${route}`, { headers: auth });
    expect(response.status).toBe(200);
    return parseCsv(await response.text());
  };

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    api = await startApiProcess({
      databaseUrl: database.databaseUrl,
      env: { SEGLENS_RATE_LIMIT_PER_MINUTE: "1000000", SEGLENS_MAX_UPLOAD_MB: "150" },
    });
    owner = await createOwnerSession(api.url);
    const key = await createApiKey(api.url, owner, [
      "customers:read",
      "customers:write",
      "imports:read",
      "imports:write",
      "segments:read",
      "segments:write",
      "campaigns:read",
      "campaigns:write",
    ]);
    auth = { authorization: key.authorization };
  });

  afterAll(async () => {
    await api?.stop(5_000);
    await database?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it(`imports ${csvCaseCount} malformed CSV files without a 5xx; every failure and row error names its cause; error reports are formula-safe`, async () => {
    const started: { id: string; label: string }[] = [];
    for (const testCase of generateCsvCases(random, csvCaseCount)) {
      const upload = await uploadImport(
        api.url,
        { bytes: testCase.bytes },
        { kind: testCase.kind, mode: random() < 0.5 ? "ALL_OR_NOTHING" : "VALID_ROWS_ONLY" },
        auth,
        `${testCase.label}.csv`,
      );
      check(`upload ${testCase.label}`, {
        status: upload.status,
        body: { errors: upload.body.errors },
        headers: new Headers(),
        elapsedMs: 0,
      });
      const job = upload.body.importJob;
      if (upload.status !== 201) {
        expect(upload.status).toBeGreaterThanOrEqual(400);
        continue;
      }
      if (job?.status === "FAILED") {
        if (!job.errorMessage || job.errorMessage.length < 8)
          violations.push(`upload ${testCase.label}: FAILED without a reason`);
        continue;
      }
      const start = await postGraphql(
        api.url,
        "mutation Start($id: ID!) { startImport(importId: $id) { id } }",
        { id: job?.id },
        auth,
      );
      check(`start ${testCase.label}`, start);
      if (!start.body.errors && job) started.push({ id: job.id, label: testCase.label });
    }
    expect(started.length).toBeGreaterThan(60);

    let withRowErrors = 0;
    for (const { id, label } of started) {
      const job = await waitFor(
        `import ${label}`,
        async () => {
          const current = await readImportJob(api.url, id, auth);
          return current && ["SUCCEEDED", "FAILED"].includes(current.status) ? current : undefined;
        },
        60_000,
        100,
      );
      if (job.status === "FAILED" && (!job.errorMessage || job.errorMessage.length < 8))
        violations.push(`import ${label}: FAILED without a reason`);
      if (job.errorCount === 0) continue;
      withRowErrors += 1;
      const errors = await postGraphql<{
        importErrors: { nodes: { rowNumber: number; column: string | null; message: string }[] };
      }>(
        api.url,
        "query Errors($id: ID!) { importErrors(importId: $id, first: 100) { nodes { rowNumber column message } } }",
        { id },
        auth,
      );
      check(`errors of ${label}`, errors);
      for (const error of errors.body.data?.importErrors.nodes ?? []) {
        if (error.message.length < 8)
          violations.push(`import ${label} row ${error.rowNumber}: message "${error.message}"`);
      }
      const report = await exportCsv(`/imports/${id}/errors.csv`);
      expect(report[0]).toEqual(["row", "column", "message"]);
      expect(formulaCells(report)).toEqual([]);
    }
    expect(withRowErrors).toBeGreaterThan(20);
    expect(violations).toEqual([]);
    expect(api.alive()).toBe(true);
  });

  it("streams a 100 MB file (one endless quoted field) and refuses it with a reason, without a crash", async () => {
    const big = path.join(work, "big.csv");
    const output = createWriteStream(big);
    output.write('external_id,email,name\nbig-1,big@example.com,"');
    const chunk = "z".repeat(1024 * 1024);
    for (let megabyte = 0; megabyte < 100; megabyte += 1)
      if (!output.write(chunk)) await once(output, "drain");
    output.end("\n");
    await once(output, "finish");
    const upload = await uploadImport(
      api.url,
      { path: big },
      { kind: "CUSTOMERS", mode: "ALL_OR_NOTHING" },
      auth,
      "big.csv",
    );
    expect(upload.status).toBe(201);
    const id = String(upload.body.importJob?.id);
    check(
      "start 100 MB",
      await postGraphql(
        api.url,
        "mutation Start($id: ID!) { startImport(importId: $id) { id } }",
        { id },
        auth,
      ),
    );
    const job = await waitFor(
      "the 100 MB import",
      async () => {
        const current = await readImportJob(api.url, id, auth);
        return current && ["SUCCEEDED", "FAILED"].includes(current.status) ? current : undefined;
      },
      120_000,
      250,
    );
    expect(job.status).toBe("FAILED");
    expect(job.errorMessage ?? "").toMatch(/row|field|quote|large|long|column/i);
    expect(
      Number(
        (
          await queryOnce<{ count: string }>(
            database.databaseUrl,
            `select count(*) from "Customer" where "externalId" = 'big-1'`,
          )
        )[0].count,
      ),
    ).toBe(0);
    const status = readFileSync(`/proc/${api.child.pid}/status`, "utf8");
    const peakMegabytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    // Streaming: the 100 MB never sits in memory whole (many times over).
    expect(peakMegabytes).toBeLessThan(1024);
    expect(api.alive()).toBe(true);
  });

  it(`answers ${mutationCaseCount} mutations with wrong types, negative quantities and future dates with BAD_USER_INPUT, never a 5xx`, async () => {
    await postGraphql(
      api.url,
      "mutation C($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { id } }",
      { input: { externalId: "fuzz-customer" } },
      auth,
    );
    const mutations = [
      {
        document: "mutation C($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { id } }",
        variable: "input",
        valid: { externalId: "fuzz-customer", income: 1000 },
      },
      {
        document: "mutation O($input: CreateOrderInput!) { createOrder(input: $input) { id } }",
        variable: "input",
        valid: {
          externalId: "fuzz-order",
          customerExternalId: "fuzz-customer",
          orderedAt: "2024-01-01T00:00:00Z",
          lines: [{ sku: "S1", quantity: 1, unitPrice: 5 }],
        },
      },
      {
        document: "mutation E($input: RecordEventInput!) { recordEvent(input: $input) { id } }",
        variable: "input",
        valid: { customerExternalId: "fuzz-customer", type: "VIEW", occurredAt: "2024-01-01T00:00:00Z" },
      },
    ];
    const poison: Record<string, unknown[]> = {
      quantity: [-1, 0, -(2 ** 31), 1.5, "3", 2 ** 40],
      unitPrice: [-0.01, -1e9, Number.MAX_VALUE, "free"],
      orderedAt: ["2199-01-01T00:00:00Z", "yesterday", "2024-02-30T00:00:00Z", 1700000000],
      occurredAt: ["2199-01-01T00:00:00Z", "", "0000-00-00"],
      income: [-5, "rich", 1e308],
      birthDate: ["2199-01-01T00:00:00Z", "1800-01-01T00:00:00Z"],
      externalId: ["", "x".repeat(100_000), "fuzz-customer", null],
      email: ["not-an-email", "@", '=HYPERLINK("x")@a.b'],
    };
    for (let index = 0; index < mutationCaseCount; index += 1) {
      const mutation = mutations[index % mutations.length];
      const input = structuredClone(mutation.valid) as Record<string, unknown>;
      const field = Object.keys(poison)[Math.floor(random() * Object.keys(poison).length)];
      const values = poison[field];
      const value = random() < 0.7 ? values[Math.floor(random() * values.length)] : randomValue(random);
      if (field === "quantity" || field === "unitPrice")
        input.lines = [{ sku: "S1", quantity: 1, unitPrice: 5, [field]: value }];
      else input[field] = value;
      if (random() < 0.15) input[String(randomValue(random)).slice(0, 20) || "extra"] = randomValue(random);
      check(
        `${mutation.document.slice(9, 10)} ${field}=${JSON.stringify(value)?.slice(0, 40)}`,
        await postGraphql(api.url, mutation.document, { [mutation.variable]: input }, auth),
      );
    }
    // Negative quantities and prices never reach the database.
    const [{ bad }] = await queryOnce<{ bad: string }>(
      database.databaseUrl,
      `select count(*) as bad from "OrderLine" where quantity <= 0 or "unitPrice" < 0`,
    );
    expect(Number(bad)).toBe(0);
    expect(violations).toEqual([]);
    expect(api.alive()).toBe(true);
  });

  it(`answers ${documentCaseCount} random GraphQL documents and variables without a 5xx or an unnamed error`, async () => {
    const operations = (await discoverOperations()).filter((operation) => operation.name !== "logout");
    const documents = operations.map((operation) => operation.document);
    for (let index = 0; index < documentCaseCount; index += 1) {
      const operation = operations[Math.floor(random() * operations.length)];
      const document = random() < 0.5 ? randomDocument(random, documents) : operation.document;
      const variables = Object.fromEntries(
        Object.keys(operation.variables).map((name) => [
          name,
          random() < 0.3 ? operation.variables[name] : randomValue(random),
        ]),
      );
      check(
        `document #${index}`,
        await postGraphql(
          api.url,
          document,
          random() < 0.1 ? (randomValue(random) as Record<string, unknown>) : variables,
          { cookie: owner },
        ),
      );
    }
    expect(inputsSent).toBeGreaterThanOrEqual(1_000);
    expect(violations).toEqual([]);
    expect(api.alive()).toBe(true);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it("neutralises formula cells in the members CSV and the campaign audience CSV", async () => {
    await seedCustomersWithSql(database.databaseUrl, 300);
    await queryOnce(
      database.databaseUrl,
      `update "Customer" set name = '=HYPERLINK("http://evil.example","x")', city = '+cmd|calc' where "externalId" like 's%' and id % 3 = 0`,
    );
    await queryOnce(
      database.databaseUrl,
      `update "Customer" set name = '@SUM(1+1)', city = '-2+3' where "externalId" like 's%' and id % 3 = 1`,
    );
    const run = await postGraphql<{ startSegmentationRun: { id: string } }>(
      api.url,
      "mutation Run($input: StartSegmentationRunInput!) { startSegmentationRun(input: $input) { id } }",
      { input: { name: "formulas", k: 3, restarts: 2, seed: 3 } },
      auth,
    );
    const runId = run.body.data?.startSegmentationRun.id;
    await waitFor(
      "the run",
      async () => {
        const response = await postGraphql<{ segmentationRun: { status: string } }>(
          api.url,
          "query R($id: ID!) { segmentationRun(id: $id) { status } }",
          { id: runId },
          auth,
        );
        return response.body.data?.segmentationRun.status === "SUCCEEDED" ? true : undefined;
      },
      120_000,
      300,
    );
    const segments = await postGraphql<{ segments: { id: string }[] }>(
      api.url,
      "query S($runId: ID) { segments(runId: $runId) { id } }",
      { runId },
      auth,
    );
    const segmentIds = (segments.body.data?.segments ?? []).map((segment) => segment.id);
    expect(segmentIds).toHaveLength(3);
    let members = 0;
    const cells: string[] = [];
    for (const id of segmentIds) {
      const rows = await exportCsv(`/segments/${id}/members.csv`);
      members += rows.length - 1;
      expect(formulaCells(rows)).toEqual([]);
      cells.push(...rows.flat());
    }
    // The run covers every customer (the 300 seeded here and the valid rows imported earlier in this file).
    const [{ total, consented }] = await queryOnce<{ total: string; consented: string }>(
      database.databaseUrl,
      `select count(*) as total, count(*) filter (where "marketingConsent") as consented from "Customer"`,
    );
    expect(members).toBe(Number(total));
    // The hostile names are there, as text.
    expect(cells.filter((cell) => cell.startsWith("'=HYPERLINK")).length).toBeGreaterThanOrEqual(100);
    expect(cells.filter((cell) => cell.startsWith("'@SUM")).length).toBeGreaterThanOrEqual(100);

    const campaign = await postGraphql<{ createCampaign: { id: string } }>(
      api.url,
      "mutation C($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }",
      { input: { name: "formula audience", channel: "EMAIL", segmentIds } },
      auth,
    );
    expect(campaign.body.errors).toBeUndefined();
    const campaignId = campaign.body.data?.createCampaign.id;
    const assigned = await postGraphql(
      api.url,
      "mutation A($id: ID!, $segmentIds: [ID!]!) { setCampaignSegments(id: $id, segmentIds: $segmentIds) { id } }",
      { id: campaignId, segmentIds },
      auth,
    );
    expect(assigned.body.errors).toBeUndefined();
    const audience = await exportCsv(`/campaigns/${campaignId}/audience.csv`);
    expect(audience.length - 1).toBe(Number(consented));
    expect(formulaCells(audience)).toEqual([]);
    expect(audience.flat().some((cell) => cell.startsWith("'=HYPERLINK"))).toBe(true);
  });
});
