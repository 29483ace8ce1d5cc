// Whole-pipeline benchmark. Each size runs in its own Node process so that peak memory (maxRSS) is
// that run's alone: usage of the child mode: node dist/bench/pipeline-bench.js --child <customers>.
import { adjustedRandIndex } from "../cluster";
import { runSegmentationPipeline } from "../pipeline";
import { syntheticCustomersWithOrders } from "../pipeline/test-fixtures/synthetic-customers";
import type { BenchmarkRow } from "./benchmark-row";
import { runTimedProcess } from "./run-timed-process";

interface ChildReport {
  customers: number;
  orders: number;
  /** Pipeline only (the synthetic data is generated before the clock starts). */
  seconds: number;
  /**
   * CPU time of the process during the pipeline (user + system). On a machine shared with other
   * work the wall time grows with the load; this does not, so it shows what an idle core would take.
   */
  cpuSeconds: number;
  maxRssMb: number;
  k: number;
  fidelity: number;
  plantedAri: number;
  timings: Array<{ stage: string; seconds: number }>;
}

const SIZES: ReadonlyArray<{ customers: number; seconds: number }> = [
  { customers: 100_000, seconds: 10 },
  { customers: 1_000_000, seconds: 60 },
];
const MEMORY_LIMIT_MB = 2048;
const FIDELITY_TARGET = 0.95;

/**
 * The whole pipeline (RFM features from orders, K from 2..10, k-means, explanation tree, profiles
 * and names, basket rules per segment, PCA) on synthetic customers with planted segments.
 */
export async function runPipelineBenchmark(): Promise<BenchmarkRow[]> {
  const rows: BenchmarkRow[] = [];
  for (const size of SIZES) {
    // The child's own heap limit must allow the 2 GB target to be measured rather than crash first.
    const { stdout } = runTimedProcess(process.execPath, [
      "--max-old-space-size=4096",
      __filename,
      "--child",
      String(size.customers),
    ]);
    const report = JSON.parse(stdout) as ChildReport;
    const label = `pipeline, ${size.customers.toLocaleString("en")} customers (${report.orders.toLocaleString("en")} orders)`;
    rows.push({
      name: label,
      metric: "seconds (features → K 2..10 → tree → stats → rules → PCA)",
      ours: round(report.seconds, 2),
      reference:
        `CPU ${round(report.cpuSeconds, 1)} s; ` +
        report.timings.map((timing) => `${timing.stage} ${round(timing.seconds, 1)}`).join(", "),
      target: `< ${size.seconds} s`,
      met: report.seconds < size.seconds,
    });
    rows.push({
      name: label,
      metric: "peak RSS (MB, whole process incl. input data)",
      ours: Math.round(report.maxRssMb),
      reference: "",
      target: `< ${MEMORY_LIMIT_MB} MB`,
      met: report.maxRssMb < MEMORY_LIMIT_MB,
    });
    if (size.customers === SIZES[0].customers) {
      rows.push({
        name: `${label}, 5 planted segments`,
        metric: "explanation fidelity (tree vs k-means labels)",
        ours: round(report.fidelity, 4),
        reference: `K chosen ${report.k}, ARI vs planted ${round(report.plantedAri, 3)}`,
        target: `≥ ${FIDELITY_TARGET}`,
        met: report.fidelity >= FIDELITY_TARGET,
      });
    }
  }
  return rows;
}

async function runChild(customers: number): Promise<ChildReport> {
  const asOf = Date.UTC(2026, 0, 1);
  const data = syntheticCustomersWithOrders(customers, 20_260_101, asOf);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await runSegmentationPipeline(
    { customers: data.customers, orders: data.orders, asOf },
    { k: "auto", kMin: 2, kMax: 10, seed: 1 },
    { now: () => performance.now() },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    customers,
    orders: data.orders.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    k: result.k,
    fidelity: result.explanation.fidelity,
    plantedAri: adjustedRandIndex(data.planted, result.labels),
    timings: result.timings,
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (require.main === module && process.argv[2] === "--child") {
  runChild(Number(process.argv[3]))
    .then((report) => process.stdout.write(`${JSON.stringify(report)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
