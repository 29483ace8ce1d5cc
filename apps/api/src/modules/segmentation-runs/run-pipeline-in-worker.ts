import { Worker } from "node:worker_threads";
import type { PipelineOptions, PipelineStage, SegmentationResult } from "@seglens/segmentation";
import { SegmentationError } from "@seglens/segmentation";
import {
  packPipelineInput,
  unpackPipelineInputSource,
  type WorkerPipelineInput,
} from "./pack-pipeline-input";

/**
 * The pipeline is CPU-bound and synchronous between its stages (a million customers: tens of
 * seconds), so it runs in a worker thread: the API keeps answering, progress keeps flowing, and a
 * cancellation reaches it. Cancelling sets a shared flag that the worker reads on every progress
 * callback (also inside the K scan) and turns into its AbortSignal, as the engine expects.
 *
 * The worker's code is a small CommonJS string (the engine is loaded from its built package), so
 * it runs the same under ts-jest and from dist.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
${unpackPipelineInputSource}
// Requests come first: on Linux the nice value is per thread, so this lowers only the pipeline's thread
// (the API's own thread keeps its priority). Where it cannot be lowered the run simply keeps normal priority.
try { require("node:os").setPriority(0, workerData.niceness); } catch {}
const { performance } = require("node:perf_hooks");
const { runSegmentationPipeline } = require(workerData.enginePath);
const cancelFlag = new Int32Array(workerData.cancelBuffer);
const controller = new AbortController();
runSegmentationPipeline(unpackPipelineInput(workerData.input), workerData.options, {
  signal: controller.signal,
  now: () => performance.now(),
  onProgress(fraction, stage) {
    if (Atomics.load(cancelFlag, 0) === 1) controller.abort();
    parentPort.postMessage({ type: "progress", fraction, stage });
  },
}).then(
  (result) => parentPort.postMessage({ type: "result", result }),
  (error) => parentPort.postMessage({ type: "error", code: error && error.code, message: String((error && error.message) || error) }),
);
`;

type WorkerMessage =
  | { type: "progress"; fraction: number; stage: PipelineStage }
  | { type: "result"; result: SegmentationResult }
  | { type: "error"; code?: string; message: string };

export interface PipelineInWorker {
  result: Promise<SegmentationResult>;
  /** Asks the pipeline to stop at its next check; it then rejects with SegmentationError("CANCELLED"). */
  cancel(): void;
}

/**
 * The pipeline thread's nice value: on a busy machine it gets about a tenth of a core that API requests
 * want (kernel weights 110 against 1024), so a run on 100,000 customers does not push request latency up;
 * on an idle machine it runs at full speed.
 */
export const pipelineNiceness = 10;

/** If the engine does not notice a cancellation within this time, the thread is ended. */
const cancelGraceMs = 30_000;

export function runPipelineInWorker({
  input,
  options,
  onProgress,
}: {
  input: WorkerPipelineInput;
  options: PipelineOptions;
  onProgress: (fraction: number, stage: PipelineStage) => void;
}): PipelineInWorker {
  const cancelBuffer = new SharedArrayBuffer(4);
  const cancelFlag = new Int32Array(cancelBuffer);
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      enginePath: require.resolve("@seglens/segmentation"),
      niceness: pipelineNiceness,
      cancelBuffer,
      input: packPipelineInput(input),
      options,
    },
  });
  let cancelTimer: NodeJS.Timeout | undefined;
  const result = new Promise<SegmentationResult>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(cancelTimer);
      action();
      void worker.terminate();
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.fraction, message.stage);
      else if (message.type === "result") settle(() => resolve(message.result));
      else settle(() => reject(toSegmentationError(message.code, message.message)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => {
      if (Atomics.load(cancelFlag, 0) === 1)
        settle(() => reject(new SegmentationError("CANCELLED", "the segmentation run was cancelled")));
      else settle(() => reject(new Error(`the segmentation worker stopped (exit code ${code})`)));
    });
  });
  return {
    result,
    cancel() {
      Atomics.store(cancelFlag, 0, 1);
      cancelTimer ??= setTimeout(() => void worker.terminate(), cancelGraceMs);
    },
  };
}

const knownCodes = new Set([
  "INVALID_INPUT",
  "INVALID_OPTION",
  "TOO_FEW_ROWS",
  "NO_NUMERIC_COLUMN",
  "NON_NUMERIC_VALUE",
  "CANCELLED",
  "INVALID_MODEL",
]);

function toSegmentationError(code: string | undefined, message: string): Error {
  if (code && knownCodes.has(code)) return new SegmentationError(code as SegmentationError["code"], message);
  return new Error(message);
}
