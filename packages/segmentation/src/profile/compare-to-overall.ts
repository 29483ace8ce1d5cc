import type { NumericSummary } from "./describe-numeric";

/** How one segment's mean of one feature differs from all customers'. */
export interface FeatureComparison {
  feature: string;
  segmentMean: number;
  overallMean: number;
  /** segmentMean / overallMean; null when the overall mean is 0 (a ratio would be meaningless). */
  ratio: number | null;
  /** segmentMean − overallMean, in the feature's units. */
  difference: number;
  /** difference / overall population std: how many standard deviations apart (an effect size). */
  effectSize: number;
  /**
   * z-score of the segment mean against the overall mean: difference divided by the standard error
   * of a mean of `size` customers drawn without replacement from all of them
   * (std / √size · √((N − size)/(N − 1))). Grows with segment size, so it says "this is not chance";
   * `effectSize` says "this is large". 0 when the segment is everyone or the feature is constant.
   */
  zScore: number;
}

/** Features whose |effectSize| reaches this count as standing out. */
export const STAND_OUT_EFFECT_SIZE = 0.5;

export function compareToOverall(
  feature: string,
  segment: NumericSummary,
  overall: NumericSummary,
): FeatureComparison {
  const difference = segment.mean - overall.mean;
  const effectSize = overall.std > 0 ? difference / overall.std : 0;
  const n = segment.count;
  const total = overall.count;
  const finiteCorrection = total > 1 ? Math.sqrt(Math.max(0, (total - n) / (total - 1))) : 0;
  const standardError = n > 0 ? (overall.std / Math.sqrt(n)) * finiteCorrection : 0;
  return {
    feature,
    segmentMean: segment.mean,
    overallMean: overall.mean,
    ratio: overall.mean !== 0 ? segment.mean / overall.mean : null,
    difference,
    effectSize,
    zScore: standardError > 0 ? difference / standardError : 0,
  };
}

/** The comparisons that stand out, largest |effectSize| first (ties by feature name). */
export function standOutFeatures(
  comparisons: readonly FeatureComparison[],
  threshold = STAND_OUT_EFFECT_SIZE,
): FeatureComparison[] {
  return comparisons
    .filter((c) => Math.abs(c.effectSize) >= threshold)
    .sort((a, b) => Math.abs(b.effectSize) - Math.abs(a.effectSize) || (a.feature < b.feature ? -1 : 1));
}
