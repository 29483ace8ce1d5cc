import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { adjustedRandIndex, kmeans } from "../cluster";
import { readNumericCsv } from "../cli/read-numeric-csv";
import { Scaler } from "../preprocess";
import type { BenchmarkRow } from "./benchmark-row";
import { runTimedProcess } from "./run-timed-process";
import { writeBlobsCsv, type BlobsSpec } from "./write-blobs-csv";

const PACKAGE_DIR = path.resolve(__dirname, "../..");
const REPOSITORY_ROOT = path.resolve(PACKAGE_DIR, "../..");
const PYTHON = "/usr/bin/python3";
const SKLEARN_SCRIPT = path.join(PACKAGE_DIR, "bench", "sklearn_kmeans.py");
/** Overlapping blobs (centres uniform in [-1.5, 1.5] per column, unit spread): scikit-learn needs ~16 iterations. */
const SYNTHETIC: BlobsSpec = { rows: 1_000_000, cols: 10, centres: 8, seed: 42, spread: 1.5 };

interface SklearnOutput {
  inertia: number;
  iterations: number;
  labels?: number[];
}

const relativeDifference = (ours: number, reference: number): number =>
  Math.abs(ours - reference) / Math.abs(reference);

/** Iris and 1M × 10 synthetic k-means against scikit-learn, both run now on the same files. */
export async function runKMeansBenchmark(): Promise<BenchmarkRow[]> {
  return [...irisRows(), ...syntheticRows()];
}

function irisPath(): string {
  const shared = path.join(REPOSITORY_ROOT, "..", "shared", "data", "iris.csv");
  return existsSync(shared) ? shared : path.join(PACKAGE_DIR, "src", "cluster", "test-fixtures", "iris.csv");
}

function irisRows(): BenchmarkRow[] {
  const file = irisPath();
  const csv = readNumericCsv(file, { exclude: ["id"] });
  const species = csv.textColumns.species;
  const scaled = Scaler.fit(csv.matrix, "standard").transform(csv.matrix);
  const ours = kmeans(scaled, { k: 3, restarts: 10, seed: 0 });
  const reference = JSON.parse(
    runTimedProcess(PYTHON, [SKLEARN_SCRIPT, file, "3", "--standardize", "--labels"]).stdout,
  ) as SklearnOutput;
  const oursAri = adjustedRandIndex(species, ours.labels);
  const referenceAri = adjustedRandIndex(species, reference.labels ?? []);
  const difference = relativeDifference(ours.inertia, reference.inertia);
  const name = "k-means Iris (standardised, k=3, 10 restarts)";
  return [
    {
      name,
      metric: "inertia",
      ours: ours.inertia,
      reference: reference.inertia,
      target: "rel. diff ≤ 1e-6",
      met: difference <= 1e-6,
    },
    {
      name,
      metric: "inertia rel. diff",
      ours: difference,
      reference: 0,
      target: "≤ 1e-6",
      met: difference <= 1e-6,
    },
    {
      name,
      metric: "ARI vs species",
      ours: oursAri,
      reference: referenceAri,
      target: "≥ scikit-learn",
      met: oursAri >= referenceAri - 1e-12,
    },
  ];
}

/** The synthetic CSV is generated once per machine into the temp directory (seeded, so always the same). */
function syntheticCsv(): string {
  const directory = path.join(tmpdir(), "seglens-bench");
  const { rows, cols, centres, seed, spread } = SYNTHETIC;
  const file = path.join(directory, `blobs-${rows}x${cols}-k${centres}-seed${seed}-spread${spread}.csv`);
  if (!existsSync(file)) {
    mkdirSync(directory, { recursive: true });
    const partial = `${file}.partial`;
    writeBlobsCsv(partial, SYNTHETIC);
    renameSync(partial, file);
  }
  return file;
}

function syntheticRows(): BenchmarkRow[] {
  const file = syntheticCsv();
  const name = `k-means synthetic ${SYNTHETIC.rows / 1e6}M × ${SYNTHETIC.cols}, k=8, 10 restarts`;
  const reference = runTimedProcess(PYTHON, [SKLEARN_SCRIPT, file, "8"]);
  const referenceOutput = JSON.parse(reference.stdout) as SklearnOutput;
  const rows: BenchmarkRow[] = [];

  // Our k-means alone as a whole process doing exactly the script's work: read the CSV, fit, print.
  const kmeansOnly = runTimedProcess(process.execPath, [
    path.join(__dirname, "kmeans-cli-timing.js"),
    file,
    "8",
    "10",
    "0",
  ]);
  const kmeansOutput = JSON.parse(kmeansOnly.stdout) as { inertia: number };
  const kmeansRatio = kmeansOnly.seconds / reference.seconds;
  const kmeansDifference = relativeDifference(kmeansOutput.inertia, referenceOutput.inertia);
  rows.push(
    {
      name: `${name}: read CSV + k-means (process)`,
      metric: "wall seconds",
      ours: kmeansOnly.seconds,
      reference: reference.seconds,
      target: "≤ 0.5× scikit-learn",
      met: kmeansRatio <= 0.5,
    },
    {
      name: `${name}: read CSV + k-means (process)`,
      metric: "time ratio",
      ours: kmeansRatio,
      reference: 1,
      target: "≤ 0.5",
      met: kmeansRatio <= 0.5,
    },
    {
      name: `${name}: read CSV + k-means (process)`,
      metric: "inertia rel. diff",
      ours: kmeansDifference,
      reference: 0,
      target: "≤ 1e-3",
      met: kmeansDifference <= 1e-3,
    },
  );

  // The `segment cluster` CLI runs the whole pipeline (K fixed at 8, plus tree, profiles, rules).
  const output = path.join(tmpdir(), "seglens-bench", "segment-cluster-output.json");
  const cliArgs = [
    "cluster",
    "--input",
    file,
    "--scale",
    "none",
    "--k",
    "8",
    "--restarts",
    "10",
    "--seed",
    "0",
    "--out",
    output,
  ];
  try {
    const cli = runTimedProcess(process.execPath, [path.join(PACKAGE_DIR, "bin", "segment.js"), ...cliArgs]);
    const cliOutput = JSON.parse(readFileSync(output, "utf8")) as { inertia: number };
    const ratio = cli.seconds / reference.seconds;
    const difference = relativeDifference(cliOutput.inertia, referenceOutput.inertia);
    rows.push(
      {
        name: `${name}: segment cluster (whole pipeline)`,
        metric: "wall seconds",
        ours: cli.seconds,
        reference: reference.seconds,
        target: "≤ 0.5× scikit-learn",
        met: ratio <= 0.5,
      },
      {
        name: `${name}: segment cluster (whole pipeline)`,
        metric: "time ratio",
        ours: ratio,
        reference: 1,
        target: "≤ 0.5",
        met: ratio <= 0.5,
      },
      {
        name: `${name}: segment cluster (whole pipeline)`,
        metric: "inertia rel. diff",
        ours: difference,
        reference: 0,
        target: "≤ 1e-3",
        met: difference <= 1e-3,
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    rows.push({
      name: `${name}: segment cluster (whole pipeline)`,
      metric: "error",
      ours: message,
      reference: reference.seconds,
      target: "runs",
      met: false,
    });
  }
  return rows;
}
