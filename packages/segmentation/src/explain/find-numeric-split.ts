import type { Criterion } from "./impurity";
import { weightedImpurity } from "./impurity";

export interface SplitCandidate {
  feature: number;
  threshold: number;
  leftCategories: number[] | null;
  /** nLeft·impurity(left) + nRight·impurity(right): lower is better. */
  score: number;
}

export interface NumericSearchInput {
  feature: number;
  /** The node's values of this feature in ascending order: sortedValues[start..end). */
  sortedValues: Float64Array;
  /** The labels of the same rows, in the same order. */
  sortedLabels: Int32Array;
  start: number;
  end: number;
  nodeCounts: Float64Array;
  criterion: Criterion;
  minSamplesLeaf: number;
  /** Scratch buffers of length classCount. */
  left: Float64Array;
  right: Float64Array;
}

/**
 * Best threshold of one numeric feature at one node: one sequential pass over the pre-sorted
 * values and labels (copies in sorted order, so the scan does not jump around memory), moving
 * one row at a time from right to left. Thresholds sit halfway between consecutive distinct
 * values, as in scikit-learn, so ≤ threshold and the original values agree.
 */
export function findNumericSplit(input: NumericSearchInput, bestScore: number): SplitCandidate | null {
  const {
    feature,
    sortedValues,
    sortedLabels,
    start,
    end,
    nodeCounts,
    criterion,
    minSamplesLeaf,
    left,
    right,
  } = input;
  const total = end - start;
  const k = nodeCounts.length;
  left.fill(0);
  right.set(nodeCounts);
  let squaresLeft = 0;
  let squaresRight = 0;
  for (let c = 0; c < k; c++) squaresRight += nodeCounts[c] * nodeCounts[c];
  const gini = criterion === "gini";
  // Ties within float noise must not flip the choice between equally good splits.
  const tolerance = 1e-12 * total;
  let best: SplitCandidate | null = null;
  for (let i = start; i < end - 1; i++) {
    const c = sortedLabels[i];
    const before = left[c];
    left[c] = before + 1;
    squaresLeft += 2 * before + 1;
    const beforeRight = right[c];
    right[c] = beforeRight - 1;
    squaresRight -= 2 * beforeRight - 1;
    const nLeft = i - start + 1;
    const nRight = total - nLeft;
    if (nLeft < minSamplesLeaf) continue;
    if (nRight < minSamplesLeaf) break;
    const value = sortedValues[i];
    const next = sortedValues[i + 1];
    if (!(next > value)) continue;
    const score = gini
      ? nLeft - squaresLeft / nLeft + nRight - squaresRight / nRight
      : weightedImpurity(left, nLeft, criterion) + weightedImpurity(right, nRight, criterion);
    if (score < bestScore - tolerance) {
      bestScore = score;
      let threshold = value + (next - value) / 2;
      if (threshold >= next) threshold = value;
      best = { feature, threshold, leftCategories: null, score };
    }
  }
  return best;
}
