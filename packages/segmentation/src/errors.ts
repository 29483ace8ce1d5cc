/** Why a segmentation call refused its input. Callers (CLI, API) map the code to their own errors. */
export type SegmentationErrorCode =
  | "INVALID_INPUT"
  | "INVALID_OPTION"
  | "TOO_FEW_ROWS"
  | "NO_NUMERIC_COLUMN"
  | "NON_NUMERIC_VALUE"
  | "CANCELLED"
  | "INVALID_MODEL";

export class SegmentationError extends Error {
  constructor(
    readonly code: SegmentationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SegmentationError";
  }
}
