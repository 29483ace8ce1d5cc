import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { collectBenchmarks } from "./run-benchmarks";

describe("collectBenchmarks", () => {
  it("takes every run…Benchmark export of the modules present and notes the missing ones", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "bench-modules-"));
    writeFileSync(
      path.join(directory, "fake-bench.js"),
      "exports.runFakeBenchmark = async () => [];\nexports.runOtherBenchmark = async () => [];\nexports.helper = () => 1;\nexports.runNotAFunctionBenchmark = 3;\n",
    );
    const notes: string[] = [];
    const found = await collectBenchmarks(directory, ["./fake-bench", "./absent-bench"], notes);
    expect(found.map(([name]) => name)).toEqual(["runFakeBenchmark", "runOtherBenchmark"]);
    expect(await found[0][1]()).toEqual([]);
    expect(notes).toEqual(["absent-bench: not present, skipped"]);
  });
});
