#!/usr/bin/env node
// Smoke test of the embedded-database mode: the built API started WITHOUT DATABASE_URL must start its
// own PostgreSQL (PGlite), apply migrations, answer GraphQL, import a CSV over HTTP while answering
// concurrent GraphQL requests (the many pooled connections share PGlite's one session), keep its data
// across a restart and stop cleanly on SIGTERM.
const { spawn } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "seglens-smoke-"));
const port = 4500 + Math.floor(Math.random() * 400);
const url = `http://127.0.0.1:${port}/graphql`;
const importRows = Number(process.env.SMOKE_IMPORT_ROWS || 20_000);
const concurrentRequests = 8;

function startApi() {
  const env = {
    ...process.env,
    SEGLENS_DATA_DIR: dataDir,
    SEGLENS_EMBEDDED_DB_PORT: "0",
    PORT: String(port),
    LOG_LEVEL: "info",
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(root, "apps/api/dist/main.js")], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

async function graphql(query, variables, cookie) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  return { ...body, cookie: (response.headers.get("set-cookie") || "").split(";")[0] };
}

function customersCsv(rows) {
  const lines = ["external_id,email,name,income"];
  for (let n = 1; n <= rows; n++)
    lines.push(`smoke-${n},smoke-${n}@example.com,Customer ${n},${1000 + (n % 5000)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Uploads a customers CSV and, until the import ends, keeps `concurrentRequests` GraphQL requests in flight
 * (a customer page, the import's status, health): every one must be answered without error, and the import
 * must write every row.
 */
async function importWhileServingRequests(cookie) {
  const form = new FormData();
  form.append("kind", "CUSTOMERS");
  form.append("file", new Blob([customersCsv(importRows)]), "smoke-customers.csv");
  const uploadStarted = Date.now();
  const uploaded = await fetch(`http://127.0.0.1:${port}/imports`, {
    method: "POST",
    body: form,
    headers: { cookie, "x-seglens-csrf": "1" },
  });
  const uploadBody = await uploaded.json();
  if (uploaded.status !== 201) throw new Error(`upload failed: ${JSON.stringify(uploadBody)}`);
  const id = uploadBody.importJob.id;
  if (uploadBody.importJob.status === "QUEUED") {
    const started = await graphql(
      "mutation ($id: ID!) { startImport(importId: $id) { id } }",
      { id },
      cookie,
    );
    if (started.errors) throw new Error(`startImport failed: ${JSON.stringify(started.errors)}`);
  }
  const statusQuery = "query ($id: ID!) { importJob(id: $id) { status errorMessage createdCount } }";
  const requests = [
    ["customers", "query { customers(first: 20) { totalCount edges { node { id } } } }", {}],
    ["importJob", statusQuery, { id }],
    ["health", "query { health { ok } }", {}],
  ];
  const latencies = [];
  const failures = [];
  let finished = null;
  const client = async (offset) => {
    for (let n = offset; !finished; n++) {
      const [name, query, variables] = requests[n % requests.length];
      const started = Date.now();
      const body = await graphql(query, variables, cookie).catch((error) => ({
        errors: [{ message: error.message }],
      }));
      latencies.push(Date.now() - started);
      if (body.errors) failures.push(`${name}: ${body.errors.map((error) => error.message).join("; ")}`);
    }
  };
  const watch = async () => {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      const { data } = await graphql(statusQuery, { id }, cookie);
      if (data && ["SUCCEEDED", "FAILED", "CANCELLED"].includes(data.importJob.status)) return data.importJob;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("the import did not finish within 300 s");
  };
  const clients = Array.from({ length: concurrentRequests }, (_, index) => client(index));
  finished = await watch().finally(() => (finished ??= { status: "UNKNOWN" }));
  await Promise.all(clients);
  const importMs = Date.now() - uploadStarted;
  if (finished.status !== "SUCCEEDED")
    throw new Error(`the import ended ${finished.status}: ${finished.errorMessage}`);
  if (finished.createdCount !== importRows)
    throw new Error(`the import created ${finished.createdCount} customers, expected ${importRows}`);
  if (failures.length > 0)
    throw new Error(
      `${failures.length} of ${latencies.length} requests during the import failed, e.g. ${failures[0]}`,
    );
  const count = await graphql("query { customers(first: 1) { totalCount } }", {}, cookie);
  if (count.data?.customers.totalCount !== importRows)
    throw new Error(`expected ${importRows} customers after the import, found ${JSON.stringify(count)}`);
  latencies.sort((a, b) => a - b);
  const percentile = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(
    `import of ${importRows} customers over HTTP took ${importMs} ms; ${latencies.length} concurrent GraphQL requests ` +
      `answered meanwhile without error (median ${percentile(50)} ms, p95 ${percentile(95)} ms, max ${latencies.at(-1)} ms)`,
  );
}

async function waitUntilHealthy(api) {
  const deadline = Date.now() + 120_000;
  let exited = false;
  api.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const body = await graphql("query { health { ok databaseMode } }");
      if (body.data?.health?.ok) return body.data.health;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(exited ? "the API exited during start-up" : "the API did not become healthy within 120 s");
}

async function stop(api) {
  api.child.kill("SIGTERM");
  const { code, signal } = await api.exited;
  if (code !== 0) throw new Error(`the API did not stop cleanly on SIGTERM (code ${code}, signal ${signal})`);
}

async function main() {
  const first = startApi();
  const health = await waitUntilHealthy(first);
  if (health.databaseMode !== "embedded")
    throw new Error(`expected embedded mode, got ${health.databaseMode}`);
  const marker = await graphql("query { setupStatus { needsOwner } }");
  const canCreateOwner = marker.data?.setupStatus?.needsOwner === true;
  if (canCreateOwner) {
    const created = await graphql(
      'mutation ($email: String!, $password: String!) { createOwner(email: $email, password: $password, name: "Smoke") { __typename } }',
      { email: "smoke@example.com", password: "a-long-smoke-password" },
    );
    if (created.errors) throw new Error(`createOwner failed: ${JSON.stringify(created.errors)}`);
    await importWhileServingRequests(created.cookie);
  }
  await stop(first);

  const second = startApi();
  await waitUntilHealthy(second);
  if (canCreateOwner) {
    const after = await graphql("query { setupStatus { needsOwner } }");
    if (after.data?.setupStatus?.needsOwner !== false)
      throw new Error("the owner created before the restart is gone");
  }
  await stop(second);
  console.log(
    `embedded mode smoke test passed (data kept across a restart: ${canCreateOwner ? "checked" : "no setupStatus yet"})`,
  );
}

main()
  .catch((error) => {
    console.error(`smoke test failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dataDir, { recursive: true, force: true }));
