import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { SegmentationError } from "../errors";
import type { ScalingMethod } from "../preprocess";
import { runSegmentationPipeline, type ReadyFeatureTable, type SegmentationResult } from "../pipeline";
import { readNumericCsv } from "./read-numeric-csv";
import { startProfileWorker, type ProfileWorker } from "./start-profile-worker";

const usage =
  "segment cluster --input F [--id COL] [--features a,b,c] [--k N|auto] [--k-min 2 --k-max 10] [--restarts N] [--seed N] [--scale standard|minmax|robust|none] [--log auto|none] [--out F]";

const FLAGS = [
  "--input",
  "--id",
  "--features",
  "--k",
  "--k-min",
  "--k-max",
  "--restarts",
  "--seed",
  "--scale",
  "--log",
  "--out",
] as const;
type Flag = (typeof FLAGS)[number];

export interface ClusterArguments {
  input: string;
  id: string | undefined;
  features: string[] | undefined;
  k: number | "auto";
  kMin: number;
  kMax: number;
  restarts: number;
  seed: number;
  scale: ScalingMethod;
  /** auto: heavy-tailed non-negative columns are log-transformed before scaling (see chooseLogColumns). */
  log: "auto" | "none";
  out: string | undefined;
}

/**
 * `segment cluster`: the whole segmentation pipeline on a CSV of customers (one row each).
 * Writes JSON (to --out, else stdout): k, inertia (scaled space), labels (input order), centroids
 * (original units), kSelection, segments (size, share, profile, name, rules), explanation.
 */
export async function runClusterCommand(args: string[]): Promise<void> {
  const options = parseClusterArguments(args);
  // The second core computes the segment statistics while this thread fits the explanation tree.
  const worker = startProfileWorker();
  try {
    await clusterWith(options, worker);
  } finally {
    await worker?.close();
  }
}

async function clusterWith(options: ClusterArguments, worker: ProfileWorker | null): Promise<void> {
  const idColumn = options.id ?? "id";
  const csv = readNumericCsv(options.input, {
    features: options.features,
    exclude: [idColumn],
    keepText: options.id ? [options.id] : [],
  });
  if (options.id && !csv.header.includes(options.id)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `id column "${options.id}" not found (columns: ${csv.header.join(", ")})`,
    );
  }
  if (csv.rowCount === 0) throw new SegmentationError("TOO_FEW_ROWS", `${options.input} has no data rows`);
  // The pipeline profiles this very matrix (nothing is excluded when the features are explicit), so
  // the worker can sort its columns now, while this thread runs k-means.
  worker?.presort(csv.matrix);
  if (typeof options.k === "number" && options.k > csv.rowCount) {
    throw new SegmentationError(
      "TOO_FEW_ROWS",
      `k = ${options.k} is larger than the number of rows (${csv.rowCount})`,
    );
  }
  const table: ReadyFeatureTable = {
    ids: idsOf(csv.header, csv.textColumns, csv.table, idColumn),
    names: csv.features,
    values: csv.matrix,
    categorical: Object.entries(csv.textColumns)
      .filter(([name]) => name !== idColumn)
      .map(([name, values]) => ({ name, values })),
  };
  const result = await runSegmentationPipeline(
    { table },
    {
      // The CLI contract: every numeric column except the id, sensitive or not, unless --features says otherwise.
      features: csv.features,
      k: options.k,
      kMin: options.kMin,
      kMax: options.kMax,
      restarts: options.restarts,
      seed: options.seed,
      scaling: options.scale,
      logTransform: options.log,
      maxPlotPoints: 2000,
    },
    {
      now: () => performance.now(),
      profileSegments: worker ? (profileOptions) => worker.profile(profileOptions) : undefined,
    },
  );
  const json = JSON.stringify(toOutput(result));
  if (options.out) writeOutput(options.out, json);
  else process.stdout.write(`${json}\n`);
}

export function parseClusterArguments(args: string[]): ClusterArguments {
  const values = new Map<Flag, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] as Flag;
    if (!FLAGS.includes(flag))
      throw new SegmentationError("INVALID_OPTION", `unknown option "${args[i]}"; usage: ${usage}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--"))
      throw new SegmentationError("INVALID_OPTION", `${flag} needs a value`);
    values.set(flag, value);
  }
  const input = values.get("--input");
  if (input === undefined)
    throw new SegmentationError("INVALID_OPTION", `--input is required; usage: ${usage}`);
  const integer = (flag: Flag, fallback: number, min: number): number => {
    const text = values.get(flag);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (text.trim() === "" || !Number.isInteger(value) || value < min) {
      throw new SegmentationError("INVALID_OPTION", `${flag} must be an integer ≥ ${min}, got "${text}"`);
    }
    return value;
  };
  const kText = values.get("--k") ?? "auto";
  const scale = values.get("--scale") ?? "standard";
  if (!["standard", "minmax", "robust", "none"].includes(scale)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `--scale must be standard, minmax, robust or none, got "${scale}"`,
    );
  }
  const log = values.get("--log") ?? "auto";
  if (log !== "auto" && log !== "none")
    throw new SegmentationError("INVALID_OPTION", `--log must be auto or none, got "${log}"`);
  const features = values
    .get("--features")
    ?.split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const kMin = integer("--k-min", 2, 2);
  return {
    input,
    id: values.get("--id"),
    features,
    k: kText === "auto" ? "auto" : integer("--k", 0, 1),
    kMin,
    kMax: integer("--k-max", Math.max(10, kMin), kMin),
    restarts: integer("--restarts", 10, 1),
    seed: integer("--seed", 0, 0),
    scale: scale as ScalingMethod,
    log,
    out: values.get("--out"),
  };
}

function idsOf(
  header: string[],
  text: Record<string, string[]>,
  table: { rows: number; cols: number; data: Float64Array },
  idColumn: string,
): Array<string | number> {
  if (text[idColumn]) return text[idColumn];
  const column = header.indexOf(idColumn);
  if (column < 0) return Array.from({ length: table.rows }, (_, i) => i + 1);
  return Array.from({ length: table.rows }, (_, i) => table.data[i * table.cols + column]);
}

/** The stable CLI output: the pipeline result without the plot sample and stored models' duplicates. */
function toOutput(result: SegmentationResult): Record<string, unknown> {
  const centroids = result.segments.map((segment) =>
    result.featureNames.map((name) => segment.centroid[name]),
  );
  return {
    k: result.k,
    inertia: result.inertia,
    features: result.featureNames,
    logTransformed: result.logTransformed,
    labels: result.labels,
    centroids,
    kSelection: result.kSelection,
    segments: result.segments.map((segment) => ({
      id: segment.id,
      size: segment.size,
      share: segment.share,
      name: segment.name,
      description: segment.description,
      archetype: segment.archetype,
      centroid: segment.centroid,
      profile: segment.profile,
      standOut: segment.standOut,
      rules: segment.rules.map((rule) => ({
        text: rule.text,
        coverage: rule.coverage,
        precision: rule.precision,
        support: rule.support,
      })),
    })),
    explanation: { fidelity: result.explanation.fidelity, importances: result.explanation.importances },
    pca: result.projection ? { explainedVarianceRatio: result.projection.explainedVarianceRatio } : null,
    models: result.models,
    timings: result.timings,
  };
}

function writeOutput(path: string, json: string): void {
  try {
    writeFileSync(path, `${json}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new SegmentationError("INVALID_OPTION", `cannot write "${path}": ${code}`);
  }
}
