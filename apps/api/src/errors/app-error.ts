/** The closed set of error codes clients can see (GraphQL `extensions.code`, HTTP error bodies). */
export const appErrorCodes = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "DATABASE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** The one error type domain code throws; mapped to GraphQL and HTTP errors in one place each. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function httpStatusOf(code: AppErrorCode): number {
  switch (code) {
    case "BAD_USER_INPUT":
      return 400;
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "PAYLOAD_TOO_LARGE":
      return 413;
    case "RATE_LIMITED":
      return 429;
    case "DATABASE_UNAVAILABLE":
      return 503;
    case "INTERNAL_SERVER_ERROR":
      return 500;
  }
}
