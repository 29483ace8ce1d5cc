import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { classifierKinds, crossValidate, type ClassifierKind } from "../classify";
import { readNumericCsv } from "../cli/read-numeric-csv";
import { createFeatureTable, explainClusters, featureTableFromMatrix } from "../explain";
import { matrixFromRows, matrixToRows, type DenseMatrix } from "../matrix";
import { SeededRandom } from "../random";
import type { BenchmarkRow } from "./benchmark-row";

const PACKAGE_DIR = path.resolve(__dirname, "../..");
const PYTHON = "/usr/bin/python3";
const SKLEARN_SCRIPT = path.join(PACKAGE_DIR, "bench", "sklearn_classify.py");
const IRIS = path.join(PACKAGE_DIR, "src", "explain", "test-fixtures", "iris.csv");
const SKLEARN_NAMES: Record<ClassifierKind, string> = {
  tree: "DecisionTreeClassifier",
  svm: "LinearSVC",
  logistic: "LogisticRegression",
  mlp: "MLPClassifier",
};
/** "Within 1 point" of accuracy, read as: not more than 1 point below scikit-learn (being better is fine). */
const TOLERANCE = 0.01;

interface SklearnOutput {
  [model: string]: { accuracy: number[]; mean: number } | number;
}

/**
 * Cross-validated accuracy of our four classifiers against scikit-learn's equivalents on the SAME
 * stratified folds (our fold assignment is handed to the Python script), on Iris and on a binary
 * synthetic set; plus explanation-tree fidelity on Iris (vs scikit-learn's depth-3 tree) and on
 * planted segments.
 */
export async function runClassifyBenchmark(): Promise<BenchmarkRow[]> {
  const iris = readNumericCsv(IRIS, { exclude: ["id"], keepText: ["species"] });
  const species = iris.textColumns.species.map((name) => name.trim());
  const speciesNames = [...new Set(species)].sort();
  const irisLabels = species.map((name) => speciesNames.indexOf(name));
  const synthetic = binarySynthetic(1000, 42);
  return [
    ...compare("Iris (3 classes)", iris.matrix, irisLabels, iris.features),
    ...compare("synthetic binary (1,000 × 6)", synthetic.x, synthetic.y),
    plantedFidelity(),
  ];
}

function compare(dataName: string, x: DenseMatrix, y: number[], featureNames?: string[]): BenchmarkRow[] {
  const ours = crossValidate({ x, y, model: "all", folds: 5, seed: 0 });
  const directory = mkdtempSync(path.join(tmpdir(), "classify-bench-"));
  let reference: SklearnOutput;
  try {
    const spec = path.join(directory, "spec.json");
    const fidelityDepth = featureNames ? 3 : undefined;
    writeFileSync(
      spec,
      JSON.stringify({
        x: matrixToRows(x),
        y,
        fold: Array.from(ours.assignment),
        fidelity_depth: fidelityDepth,
      }),
    );
    reference = JSON.parse(
      execFileSync(PYTHON, [SKLEARN_SCRIPT, spec], { encoding: "utf8", maxBuffer: 1 << 26 }),
    ) as SklearnOutput;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const rows = classifierKinds.map((kind): BenchmarkRow => {
    const mine = ours.models.find((model) => model.model === kind)!.mean.accuracy;
    const theirs = (reference[kind] as { mean: number }).mean;
    return {
      name: `classify ${dataName}: ${kind} vs ${SKLEARN_NAMES[kind]}`,
      metric: "5-fold CV accuracy (same folds)",
      ours: round(mine),
      reference: round(theirs),
      target: "≥ reference − 1 point",
      met: mine >= theirs - TOLERANCE - 1e-12,
    };
  });
  if (featureNames && typeof reference.tree_fidelity === "number") {
    const explanation = explainClusters({
      features: featureTableFromMatrix(x, featureNames),
      labels: Int32Array.from(y),
      options: { maxDepth: 3, pruning: "none", minSamplesLeaf: 1 },
    });
    rows.push({
      name: `explanation tree ${dataName}, depth 3`,
      metric: "fidelity (training accuracy)",
      ours: round(explanation.fidelity),
      reference: round(reference.tree_fidelity),
      target: "= scikit-learn's depth-3 tree",
      met: Math.abs(explanation.fidelity - reference.tree_fidelity) < 1e-9,
    });
  }
  return rows;
}

/** Two classes from a noisy score with one interaction term, so the models differ a little. */
function binarySynthetic(rows: number, seed: number): { x: DenseMatrix; y: number[] } {
  const random = new SeededRandom(seed);
  const values: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < rows; i++) {
    const row = Array.from({ length: 6 }, () => random.nextGaussian());
    const score = 1.2 * row[0] - 0.8 * row[1] + 0.5 * row[2] * row[3] + 0.6 * random.nextGaussian();
    values.push(row);
    y.push(score > 0.3 ? 1 : 0);
  }
  return { x: matrixFromRows(values), y };
}

/**
 * Fidelity of explainClusters' default tree on 100,000 customers whose four segments were planted
 * by rules on recency, frequency, spend and channel, with 2% of labels flipped (so ~98% is the ceiling).
 */
function plantedFidelity(): BenchmarkRow {
  const random = new SeededRandom(7);
  const rows = 100_000;
  const recency = new Float64Array(rows);
  const orders = new Float64Array(rows);
  const spend = new Float64Array(rows);
  const channel: string[] = [];
  const labels = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    recency[i] = random.nextInt(365);
    orders[i] = 1 + random.nextInt(20);
    spend[i] = Math.round(Math.exp(3 + random.nextGaussian()) * 100) / 100;
    channel.push(["web", "store", "app"][random.nextInt(3)]);
    let segment =
      recency[i] > 180 ? 3 : orders[i] >= 10 ? (spend[i] > 40 ? 0 : 1) : channel[i] === "app" ? 1 : 2;
    if (random.next() < 0.02) segment = random.nextInt(4);
    labels[i] = segment;
  }
  const features = createFeatureTable([
    { name: "days since last order", values: recency },
    { name: "orders", values: orders },
    { name: "average spend", values: spend },
    { name: "channel", values: channel },
  ]);
  const { fidelity } = explainClusters({ features, labels });
  return {
    name: "explanation tree, 100,000 planted customers (2% label noise)",
    metric: "fidelity",
    ours: round(fidelity),
    reference: "—",
    target: "≥ 0.95",
    met: fidelity >= 0.95,
  };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
