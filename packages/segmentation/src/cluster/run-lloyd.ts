import { assignAllPoints, assignPointsWithBounds } from "./assign-points";
import { createLloydState } from "./lloyd-state";
import { moveCentres, relocateEmptyClusters } from "./update-centres";

export interface LloydRun {
  labels: Int32Array;
  /** k × cols, row-major. */
  centres: Float64Array;
  inertia: number;
  iterations: number;
  /** True when the run stopped on tolerance or unchanged labels rather than the iteration cap. */
  converged: boolean;
}

/**
 * One k-means run from given centres: Lloyd's algorithm accelerated with Hamerly's bounds (exact:
 * same labels as plain Lloyd). Stops like scikit-learn: labels unchanged, or the summed squared
 * centre shift ≤ `tolerance` (already scaled), or `maxIterations`.
 */
export function runLloyd(
  data: Float64Array,
  rows: number,
  cols: number,
  initialCentres: Float64Array,
  maxIterations: number,
  tolerance: number,
): LloydRun {
  const k = initialCentres.length / cols;
  const state = createLloydState(data, rows, cols, k, initialCentres);
  let iterations = 0;
  let labelsStable = false;
  let converged = false;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed: number;
    if (iteration === 0) {
      assignAllPoints(state);
      changed = rows;
    } else {
      changed = assignPointsWithBounds(state);
    }
    changed += relocateEmptyClusters(state);
    iterations = iteration + 1;
    const squaredShift = moveCentres(state);
    if (changed === 0) {
      labelsStable = true;
      converged = true;
      break;
    }
    if (squaredShift <= tolerance) {
      converged = true;
      break;
    }
  }
  // The last centre move may have left some labels stale: assign once more against the final centres.
  if (!labelsStable) assignPointsWithBounds(state);
  return {
    labels: state.labels,
    centres: state.centres,
    inertia: computeInertia(data, rows, cols, state.centres, state.labels),
    iterations,
    converged,
  };
}

export function computeInertia(
  data: Float64Array,
  rows: number,
  cols: number,
  centres: Float64Array,
  labels: Int32Array,
): number {
  let inertia = 0;
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    const co = labels[i] * cols;
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - centres[co + j];
      inertia += diff * diff;
    }
  }
  return inertia;
}
