import { ApiError, firstErrorOf, toApiErrorCode } from "./api-error";
import { describeError, isUnauthenticated } from "./error-messages";

describe("describeError", () => {
  it("shows the API's own sentence for input problems and lock-outs", () => {
    expect(
      describeError(new ApiError("BAD_USER_INPUT", "k must be an integer between 2 and 20, got 40.")),
    ).toBe("k must be an integer between 2 and 20, got 40.");
    expect(
      describeError(new ApiError("RATE_LIMITED", "Too many failed logins. Try again in 15 minutes.")),
    ).toBe("Too many failed logins. Try again in 15 minutes.");
  });

  it("replaces internal or technical messages by a sentence for people", () => {
    expect(describeError(new ApiError("INTERNAL_SERVER_ERROR", "Unexpected error."))).toMatch(
      /went wrong on the server/,
    );
    expect(describeError(new ApiError("FORBIDDEN", 'needs "users:write"'))).toMatch(/role does not allow/);
    expect(describeError(new ApiError("UNAUTHENTICATED", "no session"))).toMatch(/sign in again/);
    expect(describeError(new TypeError("x is undefined"))).toMatch(/went wrong/);
  });

  it("falls back when the API message is empty", () => {
    expect(describeError(new ApiError("NOT_FOUND", " "))).toMatch(/no longer exists/);
  });

  it("recognises an ended session", () => {
    expect(isUnauthenticated(new ApiError("UNAUTHENTICATED", "x"))).toBe(true);
    expect(isUnauthenticated(new ApiError("FORBIDDEN", "x"))).toBe(false);
    expect(isUnauthenticated(new Error("UNAUTHENTICATED"))).toBe(false);
  });
});

describe("firstErrorOf", () => {
  it("reads code and message of the first GraphQL error", () => {
    const error = firstErrorOf({
      errors: [
        { message: "Segment abc does not exist.", extensions: { code: "NOT_FOUND" } },
        { message: "second" },
      ],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe("Segment abc does not exist.");
  });

  it("maps unknown codes (e.g. Apollo validation) to BAD_RESPONSE and ignores bodies without errors", () => {
    expect(
      firstErrorOf({
        errors: [{ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }],
      })?.code,
    ).toBe("BAD_RESPONSE");
    expect(firstErrorOf({ data: { ok: true } })).toBeNull();
    expect(firstErrorOf(null)).toBeNull();
    expect(firstErrorOf({ errors: [] })).toBeNull();
    expect(toApiErrorCode("CONFLICT")).toBe("CONFLICT");
    expect(toApiErrorCode(42)).toBe("BAD_RESPONSE");
  });
});
