import { Client } from "pg";
import { parseDatabaseUrl } from "./connection-config";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database";

// CI sets DATABASE_URL to the real PostgreSQL; without it the embedded PGlite is used.
const serverUrl = process.env.DATABASE_URL;

describe("database sessions", () => {
  let database: TestDatabase;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await database?.drop();
  });

  async function connect(config: ReturnType<typeof parseDatabaseUrl>) {
    const client = new Client(config);
    clients.push(client);
    await client.connect();
    return client;
  }

  it("run in UTC whatever the database's own time zone, so times written by SQL are UTC", async () => {
    const config = parseDatabaseUrl(database.databaseUrl);
    const first = await connect(config);
    await first.query(`ALTER DATABASE "${config.database}" SET timezone TO 'America/New_York'`);
    if (database.mode === "external") {
      // A new session takes the database's zone unless it asks for another (the embedded PGlite has one
      // session, started before the change).
      const plain = await connect({ ...config, options: "" });
      expect((await plain.query("SHOW timezone")).rows).toEqual([{ TimeZone: "America/New_York" }]);
    }
    const session = await connect(config);
    expect((await session.query("SHOW timezone")).rows).toEqual([{ TimeZone: "UTC" }]);
    // now() written into a timestamp without time zone, read back as seconds since 1970 in UTC.
    const { rows } = await session.query<{ written: string }>(
      "SELECT extract(epoch FROM now()::timestamp(3)) AS written",
    );
    expect(Math.abs(Number(rows[0].written) - Date.now() / 1000)).toBeLessThan(60);
  });
});
