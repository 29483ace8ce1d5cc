import { SeededRandom } from "../random";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import { refineWithHartigan } from "./refine-hartigan";
import { runLloyd, type LloydRun } from "./run-lloyd";

export interface RestartPlan {
  k: number;
  /** One seed per restart: restart r is seeded from seeds[r] whichever thread runs it. */
  seeds: ArrayLike<number>;
  maxIterations: number;
  /** Already scaled by the column variances. */
  tolerance: number;
  /**
   * Hartigan refinement after every restart (true) or only on the winner (false). Per restart it
   * rescues many small-data runs from shallow optima; on a large sample it costs more than it finds.
   */
  refineEachRestart: boolean;
}

/**
 * Runs the planned restarts (k-means++ seeding, Lloyd with Hamerly bounds, Hartigan transfers)
 * on the data and keeps the lowest inertia (the first wins a tie).
 */
export function runRestarts(data: Float64Array, rows: number, cols: number, plan: RestartPlan): LloydRun {
  let best: LloydRun | undefined;
  for (let r = 0; r < plan.seeds.length; r++) {
    const random = new SeededRandom(plan.seeds[r]);
    const centres = kmeansPlusPlus(data, rows, cols, plan.k, random);
    const lloyd = runLloyd(data, rows, cols, centres, plan.maxIterations, plan.tolerance);
    const run = plan.refineEachRestart
      ? refineWithHartigan(data, rows, cols, lloyd, plan.maxIterations)
      : lloyd;
    if (best === undefined || run.inertia < best.inertia) best = run;
  }
  if (best === undefined) throw new RangeError("runRestarts needs at least one seed");
  return plan.refineEachRestart ? best : refineWithHartigan(data, rows, cols, best, plan.maxIterations);
}

/** The per-restart seeds derived from the user's seed. */
export function restartSeeds(seed: number, restarts: number): Uint32Array {
  const random = new SeededRandom(seed);
  const seeds = new Uint32Array(restarts);
  for (let r = 0; r < restarts; r++) seeds[r] = Math.floor(random.next() * 4294967296);
  return seeds;
}
