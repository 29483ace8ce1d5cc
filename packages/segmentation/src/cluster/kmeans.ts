import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { SeededRandom } from "../random";
import {
  AUTO_SAMPLE_ROWS_PER_CLUSTER,
  AUTO_SAMPLE_SIZE,
  AUTO_SAMPLE_THRESHOLD,
  resolveKMeansOptions,
  STAGE_SAMPLE_SIZE,
  type KMeansOptions,
} from "./kmeans-options";
import { centresToMatrix, KMeansModel } from "./kmeans-model";
import { restartSeeds, runRestarts } from "./run-restarts";
import { runLloyd, type LloydRun } from "./run-lloyd";
import { scaledTolerance } from "./scaled-tolerance";

export interface KMeansResult {
  k: number;
  /** Cluster of each row (0..k-1), in input order. */
  labels: Int32Array;
  /** k × cols, in the space the data was given in. */
  centroids: DenseMatrix;
  /** Sum of squared distances of the rows to their centroid. */
  inertia: number;
  /** Lloyd iterations of the winning run (of its refinement on all rows when restarts ran on a sample). */
  iterations: number;
  converged: boolean;
  /** Rows per cluster. */
  sizes: Int32Array;
  /** Rows the restarts ran on (all rows unless sampled). */
  restartRows: number;
  model: KMeansModel;
}

/**
 * k-means with k-means++ seeding and several restarts (lowest inertia wins), deterministic by seed.
 * For large inputs the restarts run on a seeded sample and the winner is refined on every row
 * (through a larger intermediate sample when there are at least 2 × STAGE_SAMPLE_SIZE rows).
 */
export function kmeans(matrix: DenseMatrix, options: KMeansOptions): KMeansResult {
  const resolved = resolveKMeansOptions(options);
  validateKMeansInput(matrix, resolved.k);
  const { rows, cols, data } = matrix;
  const tolerance = scaledTolerance(data, rows, cols, resolved.tolerance);
  const seeds = restartSeeds(resolved.seed, resolved.restarts);
  const sampleRows = chooseSampleSize(rows, resolved.k, resolved.sampleSize);
  const sampled = sampleRows < rows;
  const plan = {
    k: resolved.k,
    seeds,
    maxIterations: resolved.maxIterations,
    tolerance,
    refineEachRestart: !sampled,
  };

  let best: LloydRun;
  if (sampled) {
    const sample = sampleMatrixRows(matrix, sampleRows, resolved.seed);
    const winner = runRestarts(sample, sampleRows, cols, plan);
    let centres = winner.centres;
    if (rows >= 2 * STAGE_SAMPLE_SIZE && sampleRows < STAGE_SAMPLE_SIZE) {
      // Another seed stream than the restart sample's, so the two samples are independent.
      const stage = sampleMatrixRows(matrix, STAGE_SAMPLE_SIZE, (resolved.seed + STAGE_SEED_OFFSET) >>> 0);
      centres = runLloyd(stage, STAGE_SAMPLE_SIZE, cols, centres, resolved.maxIterations, tolerance).centres;
    }
    best = runLloyd(data, rows, cols, centres, resolved.maxIterations, tolerance);
  } else {
    best = runRestarts(data, rows, cols, plan);
  }
  return buildKMeansResult(best, cols, sampleRows);
}

const STAGE_SEED_OFFSET = 0x9e3779b9;

export function validateKMeansInput(matrix: DenseMatrix, k: number): void {
  if (matrix.cols < 1)
    throw new SegmentationError("NO_NUMERIC_COLUMN", "k-means needs at least one numeric column");
  if (matrix.rows < k) {
    throw new SegmentationError(
      "TOO_FEW_ROWS",
      `k = ${k} is larger than the number of rows (${matrix.rows})`,
    );
  }
  const { data, cols } = matrix;
  for (let index = 0; index < data.length; index++) {
    if (!Number.isFinite(data[index])) {
      throw new SegmentationError(
        "NON_NUMERIC_VALUE",
        `row ${Math.floor(index / cols)}, column ${index % cols} is not a finite number (impute missing values first)`,
      );
    }
  }
}

export function chooseSampleSize(rows: number, k: number, requested: number | undefined): number {
  const automatic = Math.max(AUTO_SAMPLE_SIZE, AUTO_SAMPLE_ROWS_PER_CLUSTER * k);
  const wanted = requested ?? (rows > AUTO_SAMPLE_THRESHOLD ? automatic : rows);
  return Math.min(rows, Math.max(wanted, k));
}

/** A seeded sample of distinct rows (partial Fisher–Yates), copied into a new row-major array. */
export function sampleMatrixRows(matrix: DenseMatrix, size: number, seed: number): Float64Array {
  const { rows, cols, data } = matrix;
  // A different stream from the restart seeds, so the sample does not correlate with the seeding.
  const random = new SeededRandom((seed ^ 0x5bd1e995) >>> 0);
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  const out = new Float64Array(size * cols);
  for (let s = 0; s < size; s++) {
    const pick = s + random.nextInt(rows - s);
    const row = order[pick];
    order[pick] = order[s];
    order[s] = row;
    out.set(data.subarray(row * cols, row * cols + cols), s * cols);
  }
  return out;
}

export function buildKMeansResult(run: LloydRun, cols: number, restartRows: number): KMeansResult {
  const centroids = centresToMatrix(run.centres, cols);
  const k = centroids.rows;
  const sizes = new Int32Array(k);
  for (let i = 0; i < run.labels.length; i++) sizes[run.labels[i]]++;
  return {
    k,
    labels: run.labels,
    centroids,
    inertia: run.inertia,
    iterations: run.iterations,
    converged: run.converged,
    sizes,
    restartRows,
    model: new KMeansModel(centroids),
  };
}
