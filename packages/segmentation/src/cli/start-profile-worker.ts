import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ProfileSegmentsOptions, SegmentProfiles } from "../profile";
import { fromWorkerReply, type WorkerReply } from "./profile-worker-reply";

export interface ProfileWorker {
  /** Profiles on the worker thread (one request per worker). */
  profile(options: ProfileSegmentsOptions): Promise<SegmentProfiles>;
  /** Stops the thread (also when no request was made, or it failed). */
  close(): Promise<void>;
}

/**
 * Starts the thread early (its start-up then overlaps reading the CSV). Returns null when the
 * compiled worker script is not there, as under ts-jest, where the pipeline profiles in line.
 * The feature matrix crosses over as a SharedArrayBuffer (one copy, or none when it already is
 * shared) instead of being serialised.
 */
export function startProfileWorker(script = join(__dirname, "profile-worker.js")): ProfileWorker | null {
  if (!existsSync(script)) return null;
  const worker = new Worker(script);
  let closed = false;
  return {
    profile(options) {
      const { data } = options.features;
      let shared = data;
      if (!(data.buffer instanceof SharedArrayBuffer)) {
        shared = new Float64Array(new SharedArrayBuffer(data.length * Float64Array.BYTES_PER_ELEMENT));
        shared.set(data);
      }
      return new Promise<SegmentProfiles>((resolve, reject) => {
        worker.once("message", (reply: WorkerReply) => {
          try {
            resolve(fromWorkerReply(reply));
          } catch (error) {
            reject(error);
          }
        });
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the profile worker stopped (exit code ${code})`)));
        worker.postMessage({ ...options, features: { ...options.features, data: shared } });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker.terminate();
    },
  };
}
