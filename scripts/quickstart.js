#!/usr/bin/env node
// `pnpm start`: the whole product on this machine with demo data, on the embedded database.
// 1. starts the embedded PostgreSQL (kept in .data/pglite) and applies migrations,
// 2. loads a demo shop once (3,000 customers),
// 3. starts the API, creates the owner on first run (login saved in .data/demo-login.json),
// 4. runs a first segmentation once, 5. starts the dashboard, and prints where to log in.
// With DATABASE_URL set it uses that PostgreSQL instead.
const { spawn } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dataDir = path.join(root, ".data");
const loginFile = path.join(dataDir, "demo-login.json");
const apiPort = Number(process.env.PORT || 4000);
const webPort = Number(process.env.WEB_PORT || 3000);
const demoCustomers = Number(process.env.SEGLENS_DEMO_CUSTOMERS || 3000);
const apiUrl = `http://127.0.0.1:${apiPort}`;

const { startEmbeddedPostgres, applyMigrations } = require(path.join(root, "packages/database/dist"));
const { seedDemoData } = require(path.join(root, "packages/demo-data/dist"));

// This machine may have no internet: no telemetry calls from Next.js or turbo.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const children = [];
let shuttingDown = false;

function say(message) {
  process.stdout.write(`[seglens] ${message}\n`);
}

function startChild(name, command, args, options) {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
  children.push({ name, child });
  child.once("exit", (code, signal) => {
    if (!shuttingDown) {
      say(`${name} stopped unexpectedly (code ${code}, signal ${signal}); shutting down`);
      void shutdown(1);
    }
  });
  return child;
}

async function graphql(query, variables, cookie) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join("; "));
  return { data: body.data, cookie: (response.headers.get("set-cookie") || "").split(";")[0] || cookie };
}

async function waitFor(description, check, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${description} did not become ready within ${timeoutMs / 1000} s`);
}

async function signIn() {
  const { data } = await graphql("query { setupStatus { needsOwner } }");
  if (data.setupStatus.needsOwner) {
    const login = { email: "owner@seglens.local", password: randomBytes(12).toString("base64url") };
    const created = await graphql(
      'mutation ($email: String!, $password: String!) { createOwner(email: $email, password: $password, name: "Demo owner") { role } }',
      login,
    );
    writeFileSync(loginFile, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
    return { login, cookie: created.cookie };
  }
  if (!existsSync(loginFile)) return { login: null, cookie: null };
  const login = JSON.parse(readFileSync(loginFile, "utf8"));
  try {
    const signedIn = await graphql(
      "mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { role } }",
      login,
    );
    return { login, cookie: signedIn.cookie };
  } catch {
    return { login: null, cookie: null }; // the owner changed the demo password: fine
  }
}

async function ensureFirstRun(cookie) {
  const { data } = await graphql(
    "query { segmentationRuns(first: 20) { edges { node { id status } } } }",
    {},
    cookie,
  );
  if (data.segmentationRuns.edges.some(({ node: run }) => run.status === "SUCCEEDED")) return;
  say("running a first segmentation of the demo customers (K chosen automatically)…");
  const started = await graphql(
    "mutation ($input: StartSegmentationRunInput!) { startSegmentationRun(input: $input) { id } }",
    { input: { name: "Demo segmentation", seed: 42 } },
    cookie,
  );
  const runId = started.data.startSegmentationRun.id;
  let last = "";
  await waitFor(
    "the first segmentation run",
    async () => {
      const { data: runData } = await graphql(
        "query ($id: ID!) { segmentationRun(id: $id) { status stage progress error } }",
        { id: runId },
        cookie,
      );
      const run = runData.segmentationRun;
      const line = `${run.stage} ${Math.round(run.progress * 100)}%`;
      if (line !== last) say(`  ${line}`);
      last = line;
      if (run.status === "FAILED" || run.status === "CANCELLED")
        throw new Error(`the first run ${run.status}: ${run.error}`);
      return run.status === "SUCCEEDED";
    },
    600_000,
  ).catch((error) =>
    say(`the first segmentation did not finish: ${error.message} (start one from the dashboard)`),
  );
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const { child } of children.slice().reverse()) {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
  if (embedded) await embedded.stop();
  process.exit(code);
}

let embedded = null;

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    say("starting the embedded PostgreSQL (.data/pglite)…");
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: 0 });
    databaseUrl = embedded.databaseUrl;
  }
  say("applying migrations…");
  await applyMigrations(databaseUrl);
  say(`loading the demo shop (${demoCustomers} customers) if it is not there yet…`);
  // The shop's history ends today: runs measure recency from now, and a shop dated weeks back
  // looks partly lapsed (29 days old, the first run found 7 segments instead of the planted 6).
  const today = new Date().toISOString().slice(0, 10);
  const seeded = await seedDemoData({ databaseUrl, customers: demoCustomers, seed: 42, asOf: today });
  say(`demo data: ${seeded.inserted.customers ?? 0} new customers`);

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(apiPort),
    NODE_ENV: "production",
    SEGLENS_SECURE_COOKIES: "false",
  };
  startChild("API", process.execPath, [path.join(root, "apps/api/dist/main.js")], { env, cwd: root });
  await waitFor("the API", async () => (await graphql("query { health { ok } }")).data.health.ok);

  const { login, cookie } = await signIn();
  if (cookie) await ensureFirstRun(cookie);

  const next = require.resolve("next/dist/bin/next", { paths: [path.join(root, "apps/web")] });
  startChild("dashboard", process.execPath, [next, "start", "-p", String(webPort)], {
    cwd: path.join(root, "apps/web"),
    env: { ...process.env, API_URL: apiUrl, NODE_ENV: "production" },
  });
  await waitFor("the dashboard", async () => (await fetch(`http://127.0.0.1:${webPort}/login`)).ok);

  say("");
  say(`Dashboard:   http://localhost:${webPort}`);
  say(`GraphQL API: http://localhost:${apiPort}/graphql`);
  if (login)
    say(`Log in as ${login.email} with password ${login.password}  (saved in .data/demo-login.json)`);
  else say("Log in with your owner account.");
  say("Press Ctrl+C to stop.");
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch((error) => {
  say(`could not start: ${error.message}`);
  void shutdown(1);
});
