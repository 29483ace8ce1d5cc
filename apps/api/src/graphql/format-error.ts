import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { AppError, appErrorCodes, type AppErrorCode } from "../errors/app-error";
import { toAppError } from "../errors/to-app-error";
import type { Logger } from "../logging/logger";

/** Errors Apollo raises before any resolver runs; their messages are about the request itself. */
const requestErrorCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * The one place where errors become what clients see: a closed set of codes (AppErrorCode),
 * readable messages, and no internals (stack traces, SQL, library messages) for unknown errors.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const apolloCode = formatted.extensions?.code;
    const isRequestError =
      !(original instanceof Error && original !== error) &&
      typeof apolloCode === "string" &&
      requestErrorCodes.has(apolloCode);

    let appError: AppError;
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors
        .map((issue) => `${issue.property}: ${Object.values(issue.constraints ?? {}).join(", ")}`)
        .join("; ");
      appError = new AppError("BAD_USER_INPUT", `Invalid input: ${fields}`);
    } else if (isRequestError) {
      appError = new AppError("BAD_USER_INPUT", formatted.message);
    } else if (isAppErrorCode(apolloCode) && !(original instanceof Error && original !== error)) {
      // Raised as a GraphQLError outside resolvers (context creation, plugins) with one of our codes.
      appError = new AppError(apolloCode, formatted.message.replace(/^Context creation failed: /, ""));
    } else {
      appError = toAppError(original);
      if (appError.code === "INTERNAL_SERVER_ERROR") {
        logger.error("unhandled error in a GraphQL operation", {
          path: formatted.path,
          error:
            original instanceof Error
              ? { message: original.message, stack: original.stack }
              : String(original),
        });
      }
    }
    return {
      message: appError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: appError.code, ...(appError.details ? { details: appError.details } : {}) },
    };
  };
}

function isAppErrorCode(code: unknown): code is AppErrorCode {
  return typeof code === "string" && (appErrorCodes as readonly string[]).includes(code);
}
