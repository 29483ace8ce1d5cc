import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";
import { clusterScores } from "./cluster-scores";
import { kmeans, type KMeansResult } from "./kmeans";
import type { KMeansOptions } from "./kmeans-options";
import { recommendK, SILHOUETTE_TIE_MARGIN, type KSelectionRow } from "./recommend-k";
import { SILHOUETTE_DEFAULT_SAMPLE_SIZE, silhouetteScore } from "./silhouette-score";

export interface KSelectionOptions extends Omit<KMeansOptions, "k"> {
  /** Default 2. */
  kMin?: number;
  /** Default 10 (capped at rows − 1, the largest K a silhouette is defined for). */
  kMax?: number;
  /** Rows the silhouette is computed on (a seeded sample above this). Default 3000. */
  silhouetteSampleSize?: number;
  /** Silhouettes within this of the best are a tie, won by the smaller K. Default 0.01. */
  tieMargin?: number;
  /** Called after each K with the fraction of the range done. */
  onProgress?: (fraction: number) => void;
}

export interface KRangeEvaluation {
  rows: KSelectionRow[];
  /** The k-means fit behind each row, same order. */
  fits: KMeansResult[];
  silhouetteSampleSize: number;
}

/** Serialisable summary of a K choice. */
export interface KSelection {
  rows: KSelectionRow[];
  recommendedK: number;
  reason: string;
  elbowK: number;
  silhouetteSampleSize: number;
}

/** Fits k-means for every K in the range and scores each fit by inertia, silhouette, CH and DB. */
export function evaluateKRange(matrix: DenseMatrix, options: KSelectionOptions = {}): KRangeEvaluation {
  const {
    kMin = 2,
    kMax: requestedMax = 10,
    silhouetteSampleSize = SILHOUETTE_DEFAULT_SAMPLE_SIZE,
  } = options;
  const kMax = Math.min(requestedMax, matrix.rows - 1);
  if (!Number.isInteger(kMin) || kMin < 2) {
    throw new SegmentationError("INVALID_OPTION", `kMin must be an integer ≥ 2, got ${kMin}`);
  }
  if (!Number.isInteger(requestedMax) || kMax < kMin) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `kMax must be an integer with kMin (${kMin}) ≤ kMax ≤ rows − 1 (${matrix.rows - 1}), got ${requestedMax}`,
    );
  }
  const rows: KSelectionRow[] = [];
  const fits: KMeansResult[] = [];
  const seed = options.seed ?? 0;
  for (let k = kMin; k <= kMax; k++) {
    const fit = kmeans(matrix, {
      k,
      restarts: options.restarts,
      maxIterations: options.maxIterations,
      tolerance: options.tolerance,
      seed,
      sampleSize: options.sampleSize,
    });
    fits.push(fit);
    const { calinskiHarabasz, daviesBouldin } = clusterScores(matrix, fit.labels);
    rows.push({
      k,
      inertia: fit.inertia,
      // One sample (same seed) for every K, so the silhouettes compare like with like.
      silhouette: silhouetteScore(matrix, fit.labels, { sampleSize: silhouetteSampleSize, seed }),
      calinskiHarabasz,
      daviesBouldin,
    });
    options.onProgress?.((k - kMin + 1) / (kMax - kMin + 1));
  }
  return { rows, fits, silhouetteSampleSize: Math.min(silhouetteSampleSize, matrix.rows) };
}

/** evaluateKRange + recommendK, as one serialisable answer. */
export function selectK(matrix: DenseMatrix, options: KSelectionOptions = {}): KSelection {
  const evaluation = evaluateKRange(matrix, options);
  const recommendation = recommendK(evaluation.rows, options.tieMargin ?? SILHOUETTE_TIE_MARGIN);
  return {
    rows: evaluation.rows,
    recommendedK: recommendation.k,
    reason: recommendation.reason,
    elbowK: recommendation.elbowK,
    silhouetteSampleSize: evaluation.silhouetteSampleSize,
  };
}
