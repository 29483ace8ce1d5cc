/** The database the API tests run on, as createTestDatabase picks it: a PostgreSQL server when DATABASE_URL is set. */
export const testDatabaseMode: "external" | "embedded" = process.env.DATABASE_URL ? "external" : "embedded";

type TestBody = () => Promise<unknown> | void;
// Jest's global `it`, declared here so this helper also compiles in the build, which has no jest types.
declare const it: (name: string, body: TestBody, timeoutMs?: number) => void;

/**
 * A test of what only a PostgreSQL server can do: several sessions at once (a backend killed with
 * pg_terminate_backend, a lock held by one session and seen by another, statements running side by side).
 * The embedded PGlite has one session, so there the test is not part of the set, and the run prints which test
 * was left out and why (instead of a silent skip).
 */
export function itOnServer(name: string, whyServerOnly: string, body: TestBody, timeoutMs?: number): void {
  if (testDatabaseMode === "external") {
    it(name, body, timeoutMs);
    return;
  }
  console.info(`not run on the embedded database (server only): "${name}": ${whyServerOnly}`);
}
