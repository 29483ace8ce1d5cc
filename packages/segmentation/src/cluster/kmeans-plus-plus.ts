import type { SeededRandom } from "../random";

/**
 * Greedy k-means++ seeding as in scikit-learn: each new centre is the best (lowest potential) of
 * 2 + floor(ln k) candidates drawn with probability proportional to the squared distance to the
 * nearest centre chosen so far. Returns k × cols centres, row-major.
 */
export function kmeansPlusPlus(
  data: Float64Array,
  rows: number,
  cols: number,
  k: number,
  random: SeededRandom,
): Float64Array {
  const centres = new Float64Array(k * cols);
  const trials = 2 + Math.floor(Math.log(k));
  const closest = new Float64Array(rows);
  const cumulative = new Float64Array(rows);
  const candidateDistances: Float64Array[] = [];
  for (let t = 0; t < trials; t++) candidateDistances.push(new Float64Array(rows));

  const first = random.nextInt(rows);
  centres.set(data.subarray(first * cols, first * cols + cols), 0);
  let potential = distancesTo(data, rows, cols, first, closest, null);

  for (let c = 1; c < k; c++) {
    let running = 0;
    for (let i = 0; i < rows; i++) {
      running += closest[i];
      cumulative[i] = running;
    }
    let bestPotential = Infinity;
    let bestCandidate = 0;
    let bestTrial = 0;
    for (let t = 0; t < trials; t++) {
      const candidate = searchSorted(cumulative, random.next() * potential);
      const candidatePotential = distancesTo(data, rows, cols, candidate, candidateDistances[t], closest);
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestCandidate = candidate;
        bestTrial = t;
      }
    }
    closest.set(candidateDistances[bestTrial]);
    potential = bestPotential;
    centres.set(data.subarray(bestCandidate * cols, bestCandidate * cols + cols), c * cols);
  }
  return centres;
}

/** out[i] = min(current[i], ‖x_i − x_centre‖²) (or just the distance without `current`); returns Σ out. */
function distancesTo(
  data: Float64Array,
  rows: number,
  cols: number,
  centre: number,
  out: Float64Array,
  current: Float64Array | null,
): number {
  const base = centre * cols;
  let total = 0;
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - data[base + j];
      sum += diff * diff;
    }
    const value = current !== null && current[i] < sum ? current[i] : sum;
    out[i] = value;
    total += value;
  }
  return total;
}

/** First index whose cumulative value is ≥ target (numpy's searchsorted, clipped to the last row). */
function searchSorted(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
