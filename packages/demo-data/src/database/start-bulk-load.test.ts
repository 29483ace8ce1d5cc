import type { ClientBase } from "pg";
import { startBulkLoad } from "./start-bulk-load";

/** Records the statements and answers them from `reply`; a thrown reply is the server's error. */
function fakeClient(reply: (text: string) => unknown) {
  const statements: string[] = [];
  const client = {
    async query(text: string) {
      statements.push(text.trim().split(/\s+/).slice(0, 2).join(" "));
      return reply(text);
    },
  } as unknown as ClientBase;
  return { client, statements };
}

const lockTimeout = Object.assign(new Error("canceling statement due to lock timeout"), { code: "55P03" });

describe("startBulkLoad", () => {
  it("gives up after the lock timeout, rolls back and leaves the choice to the per-batch path", async () => {
    const { client, statements } = fakeClient((text) => {
      if (text.startsWith("LOCK")) throw lockTimeout;
      return { rows: [] };
    });
    await expect(startBulkLoad({ client, productIds: new Map() })).resolves.toBeNull();
    expect(statements).toEqual(["BEGIN", "SET LOCAL", "LOCK TABLE", "ROLLBACK"]);
  });

  it("does not touch indexes when a table already holds rows", async () => {
    const { client, statements } = fakeClient((text) => ({
      rows: text.includes("AS empty") ? [{ empty: false }] : [],
    }));
    await expect(startBulkLoad({ client, productIds: new Map() })).resolves.toBeNull();
    expect(statements).toEqual(["BEGIN", "SET LOCAL", "LOCK TABLE", "SET LOCAL", "SELECT NOT", "ROLLBACK"]);
  });

  it("leaves tables it may not alter to the per-batch path", async () => {
    const denied = Object.assign(new Error('must be owner of index "Event_dedupeKey_key"'), {
      code: "42501",
    });
    const { client, statements } = fakeClient((text) => {
      if (text.startsWith("DROP INDEX")) throw denied;
      if (text.includes("AS empty")) return { rows: [{ empty: true }] };
      if (text.includes("pg_index"))
        return { rows: [{ drop: 'DROP INDEX "Event_dedupeKey_key"', create: "CREATE" }], rowCount: 1 };
      return { rows: [], rowCount: 0 };
    });
    await expect(startBulkLoad({ client, productIds: new Map() })).resolves.toBeNull();
    expect(statements.slice(-2)).toEqual(["DROP INDEX", "ROLLBACK"]);
  });

  it("passes any other error on, after rolling back", async () => {
    const gone = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
    });
    const { client, statements } = fakeClient((text) => {
      if (text.startsWith("LOCK")) throw gone;
      return { rows: [] };
    });
    await expect(startBulkLoad({ client, productIds: new Map() })).rejects.toThrow("administrator command");
    expect(statements.at(-1)).toBe("ROLLBACK");
  });
});
