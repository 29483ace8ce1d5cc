/** Why the demo-data package refused a call. The CLI prints the message; callers can switch on the code. */
export type DemoDataErrorCode = "INVALID_OPTION" | "INVALID_ARGUMENT" | "DATABASE_ERROR";

export class DemoDataError extends Error {
  constructor(
    readonly code: DemoDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DemoDataError";
  }
}
