import { Client, Pool } from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

// Many pooled connections share the one session of the embedded PGlite (bin/pglite-session-server.js).
describe("embedded PostgreSQL shared by many connections", () => {
  let embedded: EmbeddedPostgres;
  let pool: Pool;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ sessionWaitMs: 3_000, maxConnections: 12 });
    pool = new Pool({ connectionString: embedded.databaseUrl, max: 8 });
    await pool.query(
      "CREATE TABLE item (id int PRIMARY KEY, a text NOT NULL, b text NOT NULL, c text NOT NULL)",
    );
  });

  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
  });

  beforeEach(() => pool.query("TRUNCATE item"));

  it("keeps each connection's Parse/Bind/Execute/Sync together (statements with different parameter counts)", async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, index) =>
        index % 2 === 0
          ? pool.query<{ sum: number }>("SELECT $1::int + $2::int AS sum", [index, 1])
          : pool.query("INSERT INTO item VALUES ($1, $2, $3, $4)", [index, "a", "b", "c"]),
      ),
    );
    expect(results.filter((_, index) => index % 2 === 0).map((result) => result.rows[0].sum)).toEqual(
      Array.from({ length: 150 }, (_, half) => half * 2 + 1),
    );
    const count = await pool.query<{ count: string }>("SELECT count(*) FROM item");
    expect(count.rows[0].count).toBe("150");
  });

  it("runs a transaction alone: others wait for its COMMIT and then see its rows", async () => {
    const writer = await pool.connect();
    try {
      await writer.query("BEGIN");
      await writer.query("INSERT INTO item VALUES (1, 'a', 'b', 'c')");
      const reading = pool.query<{ count: string }>("SELECT count(*) FROM item");
      await new Promise((resolve) => setTimeout(resolve, 200));
      await writer.query("INSERT INTO item VALUES (2, 'a', 'b', 'c')");
      await writer.query("COMMIT");
      expect((await reading).rows[0].count).toBe("2");
    } finally {
      writer.release();
    }
  });

  it("answers a query that waited too long for the session with an error that says why", async () => {
    const writer = await pool.connect();
    try {
      await writer.query("BEGIN");
      await writer.query("INSERT INTO item VALUES (1, 'a', 'b', 'c')");
      const started = Date.now();
      const error = await pool.query("SELECT count(*) FROM item").then(
        () => undefined,
        (caught: { code?: string; message: string }) => caught,
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
      expect(error?.code).toBe("57P03");
      expect(error?.message).toMatch(/embedded database is busy.*one transaction at a time/);
      // The transaction that held the session is unharmed and the refused connection works again.
      await writer.query("COMMIT");
      const count = await pool.query<{ count: string }>("SELECT count(*) FROM item");
      expect(count.rows[0].count).toBe("1");
    } finally {
      writer.release();
    }
  });

  it("rolls back the transaction of a connection that goes away, and serves the others", async () => {
    const leaving = new Client({ connectionString: embedded.databaseUrl });
    await leaving.connect();
    await leaving.query("BEGIN");
    await leaving.query("INSERT INTO item VALUES (1, 'a', 'b', 'c')");
    await leaving.end();
    const count = await pool.query<{ count: string }>("SELECT count(*) FROM item");
    expect(count.rows[0].count).toBe("0");
  });

  it("keeps a failed extended query from swallowing another connection's query", async () => {
    const [failed, served] = await Promise.allSettled([
      pool.query("SELECT $1::int / 0", [1]),
      pool.query<{ text: string }>("SELECT $1::text AS text", ["served"]),
    ]);
    expect(failed.status === "rejected" && (failed.reason as Error).message).toBe("division by zero");
    expect(served.status === "fulfilled" && served.value.rows).toEqual([{ text: "served" }]);
  });

  it("refuses connections over the limit with a PostgreSQL error", async () => {
    const clients = Array.from({ length: 13 }, () => new Client({ connectionString: embedded.databaseUrl }));
    const outcomes = await Promise.allSettled(clients.map((client) => client.connect()));
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    // At most 12 connections (the pool may hold some of them).
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "53300" });
  });
});
