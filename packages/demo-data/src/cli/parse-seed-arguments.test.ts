import { DemoDataError } from "../errors";
import { parseSeedArguments } from "./parse-seed-arguments";

const noEnv = {};

describe("parseSeedArguments", () => {
  it("fills defaults: 2,000 customers, seed 1, 2026-11-01, embedded database in .data/pglite", () => {
    expect(parseSeedArguments([], noEnv)).toEqual({
      customers: 2000,
      seed: 1,
      asOf: "2026-11-01",
      csvDirectory: undefined,
      databaseUrl: undefined,
      dataDirectory: ".data/pglite",
      writeDatabase: true,
      batchSize: undefined,
      help: false,
    });
  });

  it("reads every option, in both --flag value and --flag=value forms", () => {
    const args = parseSeedArguments(
      [
        "--customers",
        "5000",
        "--seed=7",
        "--as-of",
        "2025-06-30",
        "--csv-dir",
        "out/csv",
        "--database-url=postgresql://u@h:5432/db",
        "--batch-size",
        "250",
        "--",
      ],
      noEnv,
    );
    expect(args).toMatchObject({
      customers: 5000,
      seed: 7,
      asOf: "2025-06-30",
      csvDirectory: "out/csv",
      databaseUrl: "postgresql://u@h:5432/db",
      batchSize: 250,
    });
  });

  it("takes DATABASE_URL and SEGLENS_DATA_DIR from the environment unless a flag says otherwise", () => {
    const env = {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres",
      SEGLENS_DATA_DIR: "/var/seglens",
    };
    expect(parseSeedArguments([], env)).toMatchObject({
      databaseUrl: env.DATABASE_URL,
      dataDirectory: "/var/seglens",
    });
    expect(parseSeedArguments(["--data-dir", "tmp/db"], env)).toMatchObject({
      databaseUrl: undefined,
      dataDirectory: "tmp/db",
    });
    expect(parseSeedArguments(["--database-url", "postgres://x@y/z"], env).databaseUrl).toBe(
      "postgres://x@y/z",
    );
    expect(parseSeedArguments([], { DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("allows CSV only with --no-database", () => {
    expect(parseSeedArguments(["--no-database", "--csv-dir", "x"], noEnv)).toMatchObject({
      writeDatabase: false,
      csvDirectory: "x",
    });
  });

  it.each([
    [["--customers", "199"], '--customers must be from 200 to 1000000, got "199"'],
    [["--customers", "1e6"], '--customers must be a whole number, got "1e6"'],
    [["--customers"], "--customers needs a value"],
    [["--customers", "--seed", "2"], "--customers needs a value"],
    [["--seed", "-3"], '--seed must be a whole number, got "-3"'],
    [["--as-of", "2026-13-01"], '--as-of must be a date as yyyy-mm-dd, got "2026-13-01"'],
    [["--database-url", "mysql://x"], '--database-url must start with postgresql://, got "mysql://x"'],
    [["--batch-size", "0"], '--batch-size must be from 1 to 100000, got "0"'],
    [["--colour", "red"], "unknown option --colour (see --help)"],
    [["500"], 'unexpected argument "500" (see --help)'],
    [["--seed", "1", "--seed", "2"], "--seed given twice"],
    [["--help=yes"], "--help takes no value"],
    [["--no-database"], "--no-database needs --csv-dir: there would be nothing to write"],
    [
      ["--database-url", "postgresql://a@b/c", "--data-dir", "d"],
      "give either --database-url or --data-dir, not both",
    ],
  ])("refuses %j with a one-line message", (argv, message) => {
    let thrown: unknown;
    try {
      parseSeedArguments(argv, noEnv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DemoDataError);
    expect(thrown).toMatchObject({ code: "INVALID_ARGUMENT", message });
  });
});
