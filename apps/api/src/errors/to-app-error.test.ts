import { AppError } from "./app-error";
import { toAppError } from "./to-app-error";

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("NOT_FOUND", "No such campaign.");
    expect(toAppError(error)).toBe(error);
  });

  it.each([
    [{ code: "P2002", message: "Unique constraint failed" }, "CONFLICT"],
    [
      { code: "23505", message: 'duplicate key value violates unique constraint "Order_externalId_key"' },
      "CONFLICT",
    ],
    [{ code: "P2025", message: "Record to update not found." }, "NOT_FOUND"],
    [{ code: "P2003", message: "Foreign key constraint failed" }, "BAD_USER_INPUT"],
    [{ code: "P1001", message: "Can't reach database server" }, "DATABASE_UNAVAILABLE"],
    [{ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }, "DATABASE_UNAVAILABLE"],
    // A `$queryRaw` whose connection the database dropped mid-query (seen while PostgreSQL restarted).
    [
      {
        code: "P2010",
        message: "Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`",
      },
      "DATABASE_UNAVAILABLE",
    ],
  ])("maps a library error %j to %s", (raw, code) => {
    expect(toAppError(Object.assign(new Error(raw.message), { code: raw.code })).code).toBe(code);
  });

  it("maps a CHECK violation reported by the driver adapter to BAD_USER_INPUT", () => {
    const error = Object.assign(new Error("check"), { cause: { originalCode: "23514" } });
    expect(toAppError(error)).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("maps a full connection pool (pg's 'timeout exceeded when trying to connect') to DATABASE_UNAVAILABLE", () => {
    expect(toAppError(new Error("timeout exceeded when trying to connect")).code).toBe(
      "DATABASE_UNAVAILABLE",
    );
  });

  it("hides anything else behind INTERNAL_SERVER_ERROR without its message", () => {
    const mapped = toAppError(new Error('relation "Secret" does not exist at character 42'));
    expect(mapped.code).toBe("INTERNAL_SERVER_ERROR");
    expect(mapped.message).toBe("Something went wrong on the server.");
  });
});
