#!/usr/bin/env node
// Smoke test of the embedded-database mode: the built API started WITHOUT DATABASE_URL must start its
// own PostgreSQL (PGlite), apply migrations, answer GraphQL, keep its data across a restart and stop
// cleanly on SIGTERM.
const { spawn } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "seglens-smoke-"));
const port = 4500 + Math.floor(Math.random() * 400);
const url = `http://127.0.0.1:${port}/graphql`;

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

async function graphql(query, variables) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
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
