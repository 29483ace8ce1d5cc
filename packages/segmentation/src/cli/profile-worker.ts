// The CLI's worker thread: sorts the feature columns while the main thread runs k-means, then
// computes the segment profiles while it fits the explanation tree. Started by startProfileWorker.
import { parentPort } from "node:worker_threads";
import { ProfileRequestHandler, type WorkerRequest } from "./profile-worker-messages";

const handler = new ProfileRequestHandler();
parentPort?.on("message", (request: WorkerRequest) => {
  const reply = handler.handle(request);
  if (reply) parentPort?.postMessage(reply);
});
