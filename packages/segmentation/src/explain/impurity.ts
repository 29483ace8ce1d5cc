export type Criterion = "gini" | "entropy";

/**
 * Impurity of a node from its class counts: gini = 1 − Σ p², entropy = −Σ p log₂ p.
 * Entropy in bits so that information gains read like textbook values (play-tennis: 0.940).
 */
export function impurity(counts: ArrayLike<number>, total: number, criterion: Criterion): number {
  if (total <= 0) return 0;
  return weightedImpurity(counts, total, criterion) / total;
}

/**
 * total × impurity, computed without dividing per class: the split search compares
 * nLeft·impurity(left) + nRight·impurity(right) at every candidate threshold, so this is the hot path.
 */
export function weightedImpurity(counts: ArrayLike<number>, total: number, criterion: Criterion): number {
  if (total <= 0) return 0;
  const k = counts.length;
  if (criterion === "gini") {
    let squares = 0;
    for (let c = 0; c < k; c++) squares += counts[c] * counts[c];
    return total - squares / total;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const count = counts[c];
    if (count > 0) sum += count * Math.log2(count);
  }
  return total * Math.log2(total) - sum;
}
