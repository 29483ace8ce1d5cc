import { parseEnvironment } from "./env";

describe("parseEnvironment", () => {
  it("fills every default for an empty environment", () => {
    const env = parseEnvironment({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      SEGLENS_DATA_DIR: ".data/pglite",
      SEGLENS_EMBEDDED_DB_PORT: 54329,
      PORT: 4000,
      SEGLENS_SECURE_COOKIES: false,
      SEGLENS_RUN_WORKERS: true,
      isProduction: false,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(env)).toBe(true);
  });

  it("marks cookies Secure in production unless told otherwise", () => {
    expect(parseEnvironment({ NODE_ENV: "production" }).SEGLENS_SECURE_COOKIES).toBe(true);
    expect(
      parseEnvironment({ NODE_ENV: "production", SEGLENS_SECURE_COOKIES: "false" }).SEGLENS_SECURE_COOKIES,
    ).toBe(false);
  });

  it("treats empty values as unset", () => {
    const env = parseEnvironment({ DATABASE_URL: "", PORT: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(4000);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT: /],
    [{ PORT: "70000" }, /PORT: /],
    [{ DATABASE_URL: "mysql://root@localhost/shop" }, /DATABASE_URL: must be a postgresql:\/\/ URL/],
    [{ NODE_ENV: "staging" }, /NODE_ENV: /],
    [{ SEGLENS_RUN_WORKERS: "yes please" }, /SEGLENS_RUN_WORKERS: /],
    [{ SEGLENS_MAX_UPLOAD_MB: "-1" }, /SEGLENS_MAX_UPLOAD_MB: /],
    [{ LOG_LEVEL: "verbose" }, /LOG_LEVEL: /],
  ])("refuses %j with a message naming the setting", (source, message) => {
    expect(() => parseEnvironment(source)).toThrow(message);
    expect(() => parseEnvironment(source)).toThrow(/^invalid configuration: /);
  });

  it("names every bad setting at once", () => {
    expect(() => parseEnvironment({ PORT: "x", LOG_LEVEL: "loud" })).toThrow(/PORT: .*; LOG_LEVEL: /);
  });
});
