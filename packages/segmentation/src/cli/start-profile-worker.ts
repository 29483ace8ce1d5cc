import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DenseMatrix } from "../matrix";
import type { ProfileSegmentsOptions, SegmentProfiles } from "../profile";
import { fromWorkerReply, type WorkerReply, type WorkerRequest } from "./profile-worker-messages";

export interface ProfileWorker {
  /**
   * Starts sorting the matrix's columns on the worker (no wait): a later profile request for this
   * same matrix object reuses the sort instead of sending the matrix again.
   */
  presort(features: DenseMatrix): void;
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
  let presorted: DenseMatrix | null = null;
  let closed = false;
  const send = (request: WorkerRequest): void => worker.postMessage(request);
  return {
    presort(features) {
      presorted = features;
      send({ type: "presort", features: shared(features) });
    },
    profile(options) {
      const { featureNames, labels, k, categorical, bins } = options;
      const features = options.features === presorted ? null : shared(options.features);
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
        send({ type: "profile", options: { featureNames, labels, k, categorical, bins, features } });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker.terminate();
    },
  };
}

/** The matrix over shared memory (copied once unless it already is), so posting it copies nothing. */
function shared(matrix: DenseMatrix): DenseMatrix {
  const { data } = matrix;
  if (data.buffer instanceof SharedArrayBuffer) return matrix;
  const copy = new Float64Array(new SharedArrayBuffer(data.length * Float64Array.BYTES_PER_ELEMENT));
  copy.set(data);
  return { ...matrix, data: copy };
}
