import { AppError } from "./app-error";

const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P03",
  "08006",
  "08001",
  "08003",
]);

/** Turns errors from libraries (Prisma, pg, validation) into AppError; unknown ones into INTERNAL_SERVER_ERROR. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const code = typeof record.code === "string" ? record.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const causeCode = extractCauseCode(record);

  // P2002 from Prisma; 23505 from pg itself (an import's own connection: a customer or order with the same key
  // stored by another transaction while the import ran).
  if (code === "P2002" || code === "23505")
    return new AppError("CONFLICT", "A record with the same unique value already exists.");
  if (code === "P2025" || code === "P2001") return new AppError("NOT_FOUND", "The record does not exist.");
  if (code === "P2003") return new AppError("BAD_USER_INPUT", "A referenced record does not exist.");
  if (code === "P2004" || causeCode === "23514") {
    return new AppError("BAD_USER_INPUT", "The data breaks a rule of the database (a value out of range).");
  }
  if (
    (code && (code.startsWith("P1") || unavailableCodes.has(code))) ||
    (causeCode && unavailableCodes.has(causeCode)) ||
    /ECONNREFUSED|Connection terminated|connection timeout|Can't reach database|terminating connection|Timed out fetching a new connection|timeout exceeded when trying to connect|Server has closed the connection/i.test(
      message,
    )
  ) {
    return new AppError(
      "DATABASE_UNAVAILABLE",
      "The database is not reachable right now; try again in a moment.",
    );
  }
  return new AppError("INTERNAL_SERVER_ERROR", "Something went wrong on the server.");
}

function extractCauseCode(record: Record<string, unknown>): string | undefined {
  const cause = record.cause as Record<string, unknown> | undefined;
  if (!cause) return undefined;
  if (typeof cause.code === "string") return cause.code;
  if (typeof cause.originalCode === "string") return cause.originalCode;
  return undefined;
}
