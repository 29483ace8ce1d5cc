import { pairwiseCentreDistances } from "./assign-points";
import { computeInertia, type LloydRun } from "./run-lloyd";

/**
 * Hartigan's single-point transfers after Lloyd: a point moves to another cluster when that lowers
 * the total inertia once both centroids follow the move (cost n_b/(n_b+1)·‖x−c_b‖² against
 * n_a/(n_a−1)·‖x−c_a‖²). Lloyd cannot see these moves; they lift many runs out of shallow local
 * optima (on standardised Iris a restart reaches the optimum about twice as often). Every stable
 * point of this step is also a Lloyd fixed point, so inertia only goes down. Returns a new run.
 */
export function refineWithHartigan(
  data: Float64Array,
  rows: number,
  cols: number,
  run: LloydRun,
  maxPasses: number,
): LloydRun {
  const k = run.centres.length / cols;
  const labels = Int32Array.from(run.labels);
  const counts = new Int32Array(k);
  const centres = new Float64Array(k * cols);
  for (let i = 0; i < rows; i++) {
    const c = labels[i];
    counts[c]++;
    for (let j = 0; j < cols; j++) centres[c * cols + j] += data[i * cols + j];
  }
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < cols; j++) if (counts[c] > 0) centres[c * cols + j] /= counts[c];
  }
  let passes = 0;
  let moved = 1;
  while (moved > 0 && passes < maxPasses) {
    moved = 0;
    passes++;
    const centreDistances = pairwiseCentreDistances(centres, k, cols);
    for (let i = 0, o = 0; i < rows; i++, o += cols) {
      const own = labels[i];
      const ownCount = counts[own];
      if (ownCount < 2) continue;
      let ownDistance = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[o + j] - centres[own * cols + j];
        ownDistance += diff * diff;
      }
      const leaveGain = (ownDistance * ownCount) / (ownCount - 1);
      const ownRoot = Math.sqrt(ownDistance);
      let best = own;
      let bestCost = leaveGain;
      for (let c = 0, co = 0; c < k; c++, co += cols) {
        if (c === own) continue;
        // Triangle inequality: ‖x−c‖ ≥ ‖c_own−c‖ − ‖x−c_own‖. The centre distances are from the start
        // of the pass; they are exact in the final pass (no moves), which is the one that proves stability.
        const gap = centreDistances[own * k + c] - ownRoot;
        if (gap > 0 && (gap * gap * counts[c]) / (counts[c] + 1) > bestCost * (1 + 1e-9)) continue;
        let sum = 0;
        for (let j = 0; j < cols; j++) {
          const diff = data[o + j] - centres[co + j];
          sum += diff * diff;
        }
        const cost = (sum * counts[c]) / (counts[c] + 1);
        if (cost < bestCost) {
          bestCost = cost;
          best = c;
        }
      }
      // Relative margin: never move on a rounding-level gain, which could cycle.
      if (best === own || bestCost >= leaveGain * (1 - 1e-12)) continue;
      const to = best * cols;
      const from = own * cols;
      const toCount = counts[best];
      for (let j = 0; j < cols; j++) {
        const value = data[o + j];
        centres[from + j] = (centres[from + j] * ownCount - value) / (ownCount - 1);
        centres[to + j] = (centres[to + j] * toCount + value) / (toCount + 1);
      }
      counts[own]--;
      counts[best]++;
      labels[i] = best;
      moved++;
    }
  }
  if (passes === 1 && moved === 0) return run;
  // Recompute the means exactly: the incremental updates carry rounding.
  centres.fill(0);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) centres[labels[i] * cols + j] += data[i * cols + j];
  }
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < cols; j++) centres[c * cols + j] /= counts[c];
  }
  return {
    labels,
    centres,
    inertia: computeInertia(data, rows, cols, centres, labels),
    iterations: run.iterations,
    converged: run.converged,
  };
}
