// The CLI's worker thread: computes one set of segment profiles (statistics per segment and
// feature) while the main thread fits the explanation tree. Started by startProfileWorker.
import { parentPort } from "node:worker_threads";
import { profileSegments, type ProfileSegmentsOptions } from "../profile";
import { toWorkerReply } from "./profile-worker-reply";

parentPort?.once("message", (options: ProfileSegmentsOptions) => {
  parentPort?.postMessage(toWorkerReply(() => profileSegments(options)));
});
