/** Codes the API can send in `extensions.code`, plus the two the client adds itself. */
export type ApiErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "DATABASE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK_ERROR"
  | "BAD_RESPONSE";

const knownCodes: ReadonlySet<string> = new Set<ApiErrorCode>([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "DATABASE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
  "NETWORK_ERROR",
  "BAD_RESPONSE",
]);

/** The one error type the dashboard's data layer throws: a code to decide on, the API's message to show. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Unknown or missing codes (e.g. Apollo's GRAPHQL_VALIDATION_FAILED) count as a bad response. */
export function toApiErrorCode(value: unknown): ApiErrorCode {
  if (typeof value === "string" && knownCodes.has(value)) return value as ApiErrorCode;
  return "BAD_RESPONSE";
}

interface ErrorBody {
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/** The first error of a GraphQL-shaped body (`{ errors: [{ message, extensions: { code } }] }`), if any. */
export function firstErrorOf(body: unknown): ApiError | null {
  const errors = (body as ErrorBody | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const [first] = errors;
  const message = typeof first?.message === "string" ? first.message : "The server reported an error.";
  const code = first?.extensions?.code;
  return new ApiError(code === undefined ? "BAD_RESPONSE" : toApiErrorCode(code), message);
}
