import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import { runSeedCommand } from "./run-seed-command";

function captureIo(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let clock = 0;
  return {
    io: {
      env,
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      now: () => (clock += 250),
    },
    out,
    err,
  };
}

describe("runSeedCommand", () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "seed-cli-"));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("prints the usage for --help", async () => {
    const { io, out } = captureIo();
    expect(await runSeedCommand(["--help"], io)).toBe(0);
    expect(out.join("\n")).toMatch(/^Usage: pnpm seed \[--customers N\]/);
  });

  it("exits 2 with one line on stderr for a bad argument", async () => {
    const { io, out, err } = captureIo();
    expect(await runSeedCommand(["--customers", "ten"], io)).toBe(2);
    expect(err).toEqual(['seed: --customers must be a whole number, got "ten"']);
    expect(out).toEqual([]);
  });

  it("writes only the CSV files with --no-database", async () => {
    const csvDirectory = path.join(directory, "csv");
    const { io, out } = captureIo();
    expect(await runSeedCommand(["--no-database", "--csv-dir", csvDirectory, "--customers", "200"], io)).toBe(
      0,
    );
    for (const name of ["customers.csv", "products.csv", "orders.csv", "events.csv"]) {
      expect(existsSync(path.join(csvDirectory, name))).toBe(true);
    }
    expect(out[0]).toBe(`Wrote 200 customers (seed 1, as of 2026-11-01) as CSV to ${csvDirectory} in 0.3 s`);
    expect(out[1]).toMatch(
      /^ {2}88 products, 200 customers, [\d,]+ orders, [\d,]+ order lines, [\d,]+ events$/,
    );
  });

  it("exits 1 with one line when the database cannot be reached", async () => {
    const { io, err } = captureIo();
    expect(
      await runSeedCommand(
        ["--database-url", "postgresql://postgres@127.0.0.1:1/postgres", "--customers", "200"],
        io,
      ),
    ).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^seed: /);
  });

  describe("with a database", () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase(process.env.DATABASE_URL);
    }, 120_000);

    afterAll(async () => {
      await database?.drop();
    });

    it("seeds, reports the counts, and skips everything on a second run", async () => {
      const first = captureIo({ DATABASE_URL: database.databaseUrl });
      expect(await runSeedCommand(["--customers", "200", "--seed", "4"], first.io)).toBe(0);
      expect(first.out[0]).toMatch(
        /^Seeded 200 customers \(seed 4, as of 2026-11-01\) into PostgreSQL in [\d.]+ s$/,
      );
      const generated = first.out[1].replace("  generated: ", "");
      expect(first.out[2]).toBe(`  inserted:  ${generated}`);
      expect(first.err.at(-1)).toMatch(/^ {2}200 \/ 200 customers/);
      expect(first.out.at(-1)).toBe(
        process.env.DATABASE_URL
          ? "  written with one COPY transaction into empty tables (indexes and foreign keys rebuilt at the end)"
          : "  written with INSERT … ON CONFLICT DO NOTHING, one transaction per batch",
      );

      const second = captureIo({ DATABASE_URL: database.databaseUrl });
      expect(await runSeedCommand(["--customers", "200", "--seed", "4"], second.io)).toBe(0);
      expect(second.out[2]).toBe("  inserted:  0 products, 0 customers, 0 orders, 0 order lines, 0 events");
      expect(second.out[3]).toMatch(/skipped 200 customers already in the database/);
      expect(second.out.at(-1)).toBe(
        process.env.DATABASE_URL
          ? "  written with COPY, one transaction per batch"
          : "  written with INSERT … ON CONFLICT DO NOTHING, one transaction per batch",
      );
    });
  });
});
