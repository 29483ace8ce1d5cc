import { SegmentationError } from "../errors";

export interface KMeansOptions {
  /** Number of clusters (required). */
  k: number;
  /** Independent k-means++ starts; the run with the lowest inertia wins (scikit-learn's n_init). */
  restarts?: number;
  /** Cap on Lloyd iterations per run. */
  maxIterations?: number;
  /**
   * Relative tolerance: a run stops when the summed squared centroid shift is at most
   * tolerance × (mean of the column variances), as scikit-learn does.
   */
  tolerance?: number;
  /** Same seed, same data → same result. */
  seed?: number;
  /**
   * When set and smaller than the number of rows, the restarts run on a seeded random sample of this
   * many rows and only the best one is refined on every row. Left unset, rows above
   * AUTO_SAMPLE_THRESHOLD are sampled down to AUTO_SAMPLE_SIZE; pass the row count to turn this off.
   */
  sampleSize?: number;
}

export type ResolvedKMeansOptions = Required<Omit<KMeansOptions, "sampleSize">> & {
  sampleSize: number | undefined;
};

export const KMEANS_DEFAULTS = Object.freeze({
  restarts: 10,
  maxIterations: 300,
  tolerance: 1e-4,
  seed: 0,
});

/**
 * Above this many rows, restarts run on a sample of AUTO_SAMPLE_SIZE rows (at least
 * AUTO_SAMPLE_ROWS_PER_CLUSTER × k). Measured on 1M × 10 overlapping blobs (k = 8, seeds 0–1):
 * a 10k sample, whose winner is refined on STAGE_SAMPLE_SIZE rows and then on all rows, ends within
 * 2e-7 of scikit-learn's inertia (a 30k sample refined directly on all rows: within 2e-7 too) at
 * half the CPU time (0.54 s against 1.09 s).
 */
export const AUTO_SAMPLE_THRESHOLD = 100_000;
export const AUTO_SAMPLE_SIZE = 10_000;
/**
 * When the rows are at least twice this, the restarts' winner first converges on a sample of this
 * many rows: Lloyd on a tenth of the data does most of the moving, so the passes over every row
 * (the expensive ones) drop from four to three.
 */
export const STAGE_SAMPLE_SIZE = 100_000;
export const AUTO_SAMPLE_ROWS_PER_CLUSTER = 100;

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `${name} must be an integer ≥ ${min}, got ${String(value)}`,
    );
  }
}

export function resolveKMeansOptions(options: KMeansOptions): ResolvedKMeansOptions {
  const resolved: ResolvedKMeansOptions = {
    k: options.k,
    restarts: options.restarts ?? KMEANS_DEFAULTS.restarts,
    maxIterations: options.maxIterations ?? KMEANS_DEFAULTS.maxIterations,
    tolerance: options.tolerance ?? KMEANS_DEFAULTS.tolerance,
    seed: options.seed ?? KMEANS_DEFAULTS.seed,
    sampleSize: options.sampleSize,
  };
  requireInteger("k", resolved.k, 1);
  requireInteger("restarts", resolved.restarts, 1);
  requireInteger("maxIterations", resolved.maxIterations, 1);
  if (!Number.isInteger(resolved.seed)) {
    throw new SegmentationError("INVALID_OPTION", `seed must be an integer, got ${String(resolved.seed)}`);
  }
  if (!(Number.isFinite(resolved.tolerance) && resolved.tolerance >= 0)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `tolerance must be a finite number ≥ 0, got ${String(resolved.tolerance)}`,
    );
  }
  if (resolved.sampleSize !== undefined) requireInteger("sampleSize", resolved.sampleSize, 1);
  return resolved;
}
