import type { SplitCandidate } from "./find-numeric-split";
import type { Criterion } from "./impurity";
import { weightedImpurity } from "./impurity";

export interface CategoricalSearchInput {
  feature: number;
  codes: Int32Array;
  categoryCount: number;
  /** The node's rows (any order): rows[start..end). */
  rows: Int32Array;
  start: number;
  end: number;
  labels: Int32Array;
  nodeCounts: Float64Array;
  criterion: Criterion;
  minSamplesLeaf: number;
  exhaustiveCategoryLimit: number;
}

/**
 * Best binary partition of one categorical feature's categories at one node.
 * - Two classes: categories ordered by their share of class 1 and split between neighbours in that
 *   order. Breiman et al. (1984) proved this finds the optimal partition for gini and entropy,
 *   trying m − 1 splits instead of 2^(m−1) − 1.
 * - More classes, at most `exhaustiveCategoryLimit` categories present: every partition is tried.
 * - More classes, more categories: the class-share ordering is tried for each class in turn
 *   (one ordering per class, m − 1 splits each), a heuristic that contains every one-vs-rest split
 *   of a pure category.
 * Categories absent at the node go right (see TreeNode).
 */
export function findCategoricalSplit(
  input: CategoricalSearchInput,
  bestScore: number,
): SplitCandidate | null {
  const { codes, categoryCount, rows, start, end, labels, nodeCounts } = input;
  const k = nodeCounts.length;
  const counts = new Float64Array(categoryCount * k);
  const totals = new Float64Array(categoryCount);
  for (let i = start; i < end; i++) {
    const row = rows[i];
    const code = codes[row];
    counts[code * k + labels[row]]++;
    totals[code]++;
  }
  const present: number[] = [];
  for (let code = 0; code < categoryCount; code++) if (totals[code] > 0) present.push(code);
  if (present.length < 2) return null;
  const search = { ...input, counts, totals, k };
  if (k > 2 && present.length <= input.exhaustiveCategoryLimit)
    return searchAllPartitions(search, present, bestScore);
  let best: SplitCandidate | null = null;
  const classes = k === 2 ? [1] : [...Array(k).keys()].filter((c) => nodeCounts[c] > 0);
  for (const c of classes) {
    const share = (code: number): number => counts[code * k + c] / totals[code];
    const ordered = [...present].sort((a, b) => share(a) - share(b) || a - b);
    const found = searchPrefixes(search, ordered, best ? best.score : bestScore);
    if (found) best = found;
  }
  return best;
}

interface Search extends CategoricalSearchInput {
  counts: Float64Array;
  totals: Float64Array;
  k: number;
}

function searchPrefixes(search: Search, ordered: number[], bestScore: number): SplitCandidate | null {
  const { counts, totals, k, nodeCounts, criterion, minSamplesLeaf } = search;
  const total = search.end - search.start;
  const left = new Float64Array(k);
  const right = Float64Array.from(nodeCounts);
  const tolerance = 1e-12 * total;
  let nLeft = 0;
  let best: SplitCandidate | null = null;
  for (let p = 0; p < ordered.length - 1; p++) {
    const code = ordered[p];
    for (let c = 0; c < k; c++) {
      left[c] += counts[code * k + c];
      right[c] -= counts[code * k + c];
    }
    nLeft += totals[code];
    const nRight = total - nLeft;
    if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) continue;
    const score = weightedImpurity(left, nLeft, criterion) + weightedImpurity(right, nRight, criterion);
    if (score < bestScore - tolerance) {
      bestScore = score;
      best = {
        feature: search.feature,
        threshold: NaN,
        leftCategories: ordered.slice(0, p + 1).sort((a, b) => a - b),
        score,
      };
    }
  }
  return best;
}

function searchAllPartitions(search: Search, present: number[], bestScore: number): SplitCandidate | null {
  const { counts, totals, k, nodeCounts, criterion, minSamplesLeaf } = search;
  const total = search.end - search.start;
  const tolerance = 1e-12 * total;
  const left = new Float64Array(k);
  const right = new Float64Array(k);
  let best: SplitCandidate | null = null;
  // The last present category always stays right, so each partition is seen once.
  const partitions = 1 << (present.length - 1);
  for (let mask = 1; mask < partitions; mask++) {
    left.fill(0);
    let nLeft = 0;
    for (let p = 0; p < present.length - 1; p++) {
      if ((mask & (1 << p)) === 0) continue;
      const code = present[p];
      for (let c = 0; c < k; c++) left[c] += counts[code * k + c];
      nLeft += totals[present[p]];
    }
    const nRight = total - nLeft;
    if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) continue;
    for (let c = 0; c < k; c++) right[c] = nodeCounts[c] - left[c];
    const score = weightedImpurity(left, nLeft, criterion) + weightedImpurity(right, nRight, criterion);
    if (score < bestScore - tolerance) {
      bestScore = score;
      best = {
        feature: search.feature,
        threshold: NaN,
        leftCategories: present.filter((_, p) => (mask & (1 << p)) !== 0),
        score,
      };
    }
  }
  return best;
}
