// Runs every benchmark of the segmentation package and prints one markdown table, also written to
// bench-results/segmentation.md at the repository root. usage: node dist/bench/run-benchmarks.js
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BenchmarkRow } from "./benchmark-row";
import { formatBenchmarkTable } from "./format-benchmark-table";
import { runKMeansBenchmark } from "./kmeans-bench";

type Benchmark = () => Promise<BenchmarkRow[]>;

/** Other engineers' benchmark modules, run when they exist (skipped with a note otherwise). */
const OPTIONAL_MODULES = ["./classify-bench", "./rules-bench", "./pipeline-bench"];

/**
 * Every `run…Benchmark` function exported by the modules (paths relative to `directory`) that exist;
 * a missing module only leaves a note, so each engineer's benchmark can land on its own.
 */
export async function collectBenchmarks(
  directory: string,
  modules: string[],
  notes: string[],
): Promise<[string, Benchmark][]> {
  const benchmarks: [string, Benchmark][] = [];
  for (const name of modules) {
    const base = path.join(directory, name);
    if (!existsSync(`${base}.js`) && !existsSync(`${base}.ts`)) {
      notes.push(`${path.basename(name)}: not present, skipped`);
      continue;
    }
    const loaded = (await import(base)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(loaded)) {
      if (/^run\w*Benchmark$/.test(exported) && typeof value === "function") {
        benchmarks.push([exported, value as Benchmark]);
      }
    }
  }
  return benchmarks;
}

export async function runAllBenchmarks(): Promise<{ rows: BenchmarkRow[]; notes: string[] }> {
  const notes: string[] = [];
  const rows: BenchmarkRow[] = [];
  const benchmarks: [string, Benchmark][] = [
    ["runKMeansBenchmark", runKMeansBenchmark],
    ...(await collectBenchmarks(__dirname, OPTIONAL_MODULES, notes)),
  ];
  for (const [name, benchmark] of benchmarks) {
    process.stderr.write(`running ${name}…\n`);
    const started = performance.now();
    try {
      rows.push(...(await benchmark()));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      rows.push({ name, metric: "error", ours: message, reference: "", target: "runs", met: false });
    }
    notes.push(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { rows, notes };
}

async function main(): Promise<void> {
  const { rows, notes } = await runAllBenchmarks();
  const markdown =
    "# Segmentation benchmark\n\n" +
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; scikit-learn from /usr/bin/python3, same data, same run.\n\n` +
    formatBenchmarkTable(rows) +
    "\n" +
    notes.map((note) => `- ${note}`).join("\n") +
    "\n";
  process.stdout.write(markdown);
  const repositoryRoot = path.resolve(__dirname, "../../../..");
  const outputDirectory = path.join(repositoryRoot, "bench-results");
  mkdirSync(outputDirectory, { recursive: true });
  writeFileSync(path.join(outputDirectory, "segmentation.md"), markdown);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
