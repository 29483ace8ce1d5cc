import { SegmentationError, type SegmentationErrorCode } from "../errors";
import type { DenseMatrix } from "../matrix";
import {
  presortColumns,
  profileSegments,
  type PresortedColumn,
  type ProfileSegmentsOptions,
  type SegmentProfiles,
} from "../profile";

/**
 * What the CLI sends its profile worker: first the feature matrix to sort (while the main thread
 * runs k-means), then the profile request; `features: null` means "the matrix you presorted".
 */
export type WorkerRequest =
  | { type: "presort"; features: DenseMatrix }
  | {
      type: "profile";
      options: Omit<ProfileSegmentsOptions, "features" | "presorted"> & { features: DenseMatrix | null };
    };

/** What the worker posts back: the profiles, or the error as plain data (errors do not cross threads with their class). */
export type WorkerReply =
  | { ok: true; profiles: SegmentProfiles }
  | { ok: false; code: SegmentationErrorCode | null; message: string };

/** The worker's state between messages: the presorted matrix, if any. No threads here, so it is testable. */
export class ProfileRequestHandler {
  private presorted: { features: DenseMatrix; columns: PresortedColumn[] } | null = null;

  /** Handles one request; a presort has no reply, a profile request always one. */
  handle(request: WorkerRequest): WorkerReply | null {
    if (request.type === "presort") {
      this.presorted = { features: request.features, columns: presortColumns(request.features) };
      return null;
    }
    const { features, ...rest } = request.options;
    return toWorkerReply(() => {
      if (features) return profileSegments({ ...rest, features });
      if (!this.presorted) throw new Error("profile request without a matrix and nothing presorted");
      return profileSegments({
        ...rest,
        features: this.presorted.features,
        presorted: this.presorted.columns,
      });
    });
  }
}

export function toWorkerReply(compute: () => SegmentProfiles): WorkerReply {
  try {
    return { ok: true, profiles: compute() };
  } catch (error) {
    return {
      ok: false,
      code: error instanceof SegmentationError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The profiles, or the worker's error rethrown as the SegmentationError (or Error) it was. */
export function fromWorkerReply(reply: WorkerReply): SegmentProfiles {
  if (reply.ok) return reply.profiles;
  throw reply.code ? new SegmentationError(reply.code, reply.message) : new Error(reply.message);
}
