import type { LloydState } from "./lloyd-state";

/**
 * First assignment: every point against the centres, filling labels, both bounds and the running
 * cluster sums (assignment and accumulation fused in one pass over the data). Elkan's lemma skips a
 * centre c when ‖c − c_best‖ ≥ 2‖x − c_best‖ (then c cannot be nearer); the skipped distance is
 * still bounded below by ‖c − c_best‖ − ‖x − c_best‖, which keeps the lower bound valid.
 */
export function assignAllPoints(state: LloydState): void {
  const { data, rows, cols, k, centres, labels, upper, lower, sums, counts } = state;
  const centreDistances = pairwiseCentreDistances(centres, k, cols);
  sums.fill(0);
  counts.fill(0);
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    let best = 0;
    let bestDistance = 0;
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - centres[j];
      bestDistance += diff * diff;
    }
    let bestRoot = Math.sqrt(bestDistance);
    // Computed distances stay squared (one square root at the end); skipped ones are bounds in plain units.
    let secondDistance = Infinity;
    let secondBound = Infinity;
    for (let c = 1, co = cols; c < k; c++, co += cols) {
      const apart = centreDistances[best * k + c];
      if (apart >= 2 * bestRoot) {
        const bound = apart - bestRoot;
        if (bound < secondBound) secondBound = bound;
        continue;
      }
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[o + j] - centres[co + j];
        sum += diff * diff;
      }
      if (sum < bestDistance) {
        secondDistance = bestDistance;
        bestDistance = sum;
        bestRoot = Math.sqrt(sum);
        best = c;
      } else if (sum < secondDistance) {
        secondDistance = sum;
      }
    }
    const secondRoot = Math.sqrt(secondDistance);
    labels[i] = best;
    upper[i] = bestRoot;
    lower[i] = secondRoot < secondBound ? secondRoot : secondBound;
    counts[best]++;
    const so = best * cols;
    for (let j = 0; j < cols; j++) sums[so + j] += data[o + j];
  }
}

/** k × k Euclidean distances between centres. */
export function pairwiseCentreDistances(centres: Float64Array, k: number, cols: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const diff = centres[a * cols + j] - centres[b * cols + j];
        sum += diff * diff;
      }
      out[a * k + b] = out[b * k + a] = Math.sqrt(sum);
    }
  }
  return out;
}

/**
 * Hamerly's assignment step: a point is only compared with every centre when its bounds cannot
 * prove that its centre is still the nearest. Points that change cluster move their coordinates
 * between the running sums. Returns how many points changed cluster.
 */
export function assignPointsWithBounds(state: LloydState): number {
  const { data, rows, cols, k, centres, labels, upper, lower, sums, counts, half } = state;
  const centreDistances = pairwiseCentreDistances(centres, k, cols);
  for (let a = 0; a < k; a++) {
    let nearest = Infinity;
    for (let b = 0; b < k; b++)
      if (b !== a && centreDistances[a * k + b] < nearest) nearest = centreDistances[a * k + b];
    half[a] = 0.5 * nearest;
  }
  let changed = 0;
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    const own = labels[i];
    const bound = half[own] > lower[i] ? half[own] : lower[i];
    if (upper[i] <= bound) continue;
    const ownOffset = own * cols;
    let ownDistance = 0;
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - centres[ownOffset + j];
      ownDistance += diff * diff;
    }
    const tightUpper = Math.sqrt(ownDistance);
    upper[i] = tightUpper;
    if (tightUpper <= bound) continue;

    // Full scan, skipping centres that Elkan's lemma rules out (as in assignAllPoints).
    let best = own;
    let bestDistance = ownDistance;
    let bestRoot = tightUpper;
    let secondDistance = Infinity;
    let secondBound = Infinity;
    for (let c = 0, co = 0; c < k; c++, co += cols) {
      if (c === own) continue;
      const apart = centreDistances[best * k + c];
      if (apart >= 2 * bestRoot) {
        const skipped = apart - bestRoot;
        if (skipped < secondBound) secondBound = skipped;
        continue;
      }
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[o + j] - centres[co + j];
        sum += diff * diff;
      }
      if (sum < bestDistance) {
        secondDistance = bestDistance;
        bestDistance = sum;
        bestRoot = Math.sqrt(sum);
        best = c;
      } else if (sum < secondDistance) {
        secondDistance = sum;
      }
    }
    upper[i] = bestRoot;
    const secondRoot = Math.sqrt(secondDistance);
    lower[i] = secondRoot < secondBound ? secondRoot : secondBound;
    if (best !== own) {
      labels[i] = best;
      counts[own]--;
      counts[best]++;
      const to = best * cols;
      for (let j = 0; j < cols; j++) {
        const value = data[o + j];
        sums[ownOffset + j] -= value;
        sums[to + j] += value;
      }
      changed++;
    }
  }
  return changed;
}
