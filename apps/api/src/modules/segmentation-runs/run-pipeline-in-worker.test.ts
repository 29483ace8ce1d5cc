import { readdirSync, readFileSync } from "node:fs";
import { pipelineNiceness, runPipelineInWorker } from "./run-pipeline-in-worker";

/** Nice value of every thread of this process (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const afterName = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1];
    return Number(afterName.split(" ")[16]);
  });
}

describe("the pipeline's worker thread", () => {
  it("runs at a lower priority than the API's own thread, and only that thread", async () => {
    const rows = 3000;
    const data = Float64Array.from({ length: rows * 2 }, (_, i) => ((i * 7919) % 1000) + (i % 2) * 50);
    const seen: number[][] = [];
    const pipeline = runPipelineInWorker({
      input: { table: { names: ["a", "b"], values: { rows, cols: 2, data } } },
      options: { k: 3, restarts: 2, seed: 1 },
      onProgress: () => seen.push(threadNiceValues()),
    });
    const result = await pipeline.result;
    expect(result.k).toBe(3);
    expect(seen.length).toBeGreaterThan(0);
    // While the pipeline ran, exactly one thread (the pipeline's) had the lowered priority...
    expect(seen.some((values) => values.filter((value) => value === pipelineNiceness).length === 1)).toBe(
      true,
    );
    // ...and the thread answering requests kept its own.
    expect(readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ")[16]).toBe("0");
  });
});
