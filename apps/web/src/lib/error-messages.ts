import { ApiError, type ApiErrorCode } from "./api-error";

/** What a person should read for each code when the API's own message is not meant for them. */
const fallbackMessages: Record<ApiErrorCode, string> = {
  BAD_USER_INPUT: "Some of what you entered is not valid.",
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  FORBIDDEN: "Your role does not allow this. Ask the owner of this workspace.",
  NOT_FOUND: "This item no longer exists. It may have been deleted.",
  CONFLICT: "This conflicts with something that already exists.",
  RATE_LIMITED: "Too many attempts. Please wait a minute and try again.",
  PAYLOAD_TOO_LARGE: "The file or request is too large.",
  DATABASE_UNAVAILABLE: "The database is not answering right now. Try again in a moment.",
  INTERNAL_SERVER_ERROR:
    "Something went wrong on the server. Try again; if it keeps happening, check the API logs.",
  NETWORK_ERROR: "The server cannot be reached. Check your connection and try again.",
  BAD_RESPONSE: "The server sent an answer the dashboard does not understand.",
};

// These codes carry messages written for people (which field, how long to wait), so they are shown as sent.
const showApiMessage: ReadonlySet<ApiErrorCode> = new Set([
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "NOT_FOUND",
  "PAYLOAD_TOO_LARGE",
]);

/** A sentence for any thrown value: API errors by code, anything else as a generic failure. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (showApiMessage.has(error.code) && error.message.trim() !== "") return error.message;
    return fallbackMessages[error.code];
  }
  return fallbackMessages.INTERNAL_SERVER_ERROR;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === "UNAUTHENTICATED";
}
