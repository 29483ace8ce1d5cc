import { SegmentationError, type SegmentationErrorCode } from "../errors";
import type { SegmentProfiles } from "../profile";

/** What the profile worker posts back: the profiles, or the error as plain data (errors do not cross threads with their class). */
export type WorkerReply =
  | { ok: true; profiles: SegmentProfiles }
  | { ok: false; code: SegmentationErrorCode | null; message: string };

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
