import type { SeededRandom } from "../random";

/**
 * Greedy k-means++ seeding as in scikit-learn: each new centre is the best (lowest potential) of
 * 2 + floor(ln k) candidates drawn with probability proportional to the squared distance to the
 * nearest centre chosen so far. Returns k × cols centres, row-major.
 * A row whose nearest chosen centre is at least twice as far from the candidate as from the row
 * cannot get closer to the candidate, so its distance is not computed (exact, same result).
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

  const nearest = new Int32Array(rows);
  const candidateNearest: Int32Array[] = [];
  for (let t = 0; t < trials; t++) candidateNearest.push(new Int32Array(rows));
  const centreGap = new Float64Array(k);

  const first = random.nextInt(rows);
  centres.set(data.subarray(first * cols, first * cols + cols), 0);
  let potential = 0;
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - data[first * cols + j];
      sum += diff * diff;
    }
    closest[i] = sum;
    potential += sum;
  }

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
      for (let chosen = 0; chosen < c; chosen++) {
        let sum = 0;
        for (let j = 0; j < cols; j++) {
          const diff = centres[chosen * cols + j] - data[candidate * cols + j];
          sum += diff * diff;
        }
        centreGap[chosen] = sum;
      }
      const candidatePotential = distancesToCandidate(
        data,
        rows,
        cols,
        candidate,
        c,
        { closest, nearest, centreGap },
        candidateDistances[t],
        candidateNearest[t],
      );
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestCandidate = candidate;
        bestTrial = t;
      }
    }
    closest.set(candidateDistances[bestTrial]);
    nearest.set(candidateNearest[bestTrial]);
    potential = bestPotential;
    centres.set(data.subarray(bestCandidate * cols, bestCandidate * cols + cols), c * cols);
  }
  return centres;
}

/**
 * out[i] = min(closest[i], ‖x_i − candidate‖²) and the matching nearest centre (index `candidateIndex`
 * for the candidate); returns Σ out. centreGap[c] = ‖c − candidate‖² for the chosen centres.
 */
function distancesToCandidate(
  data: Float64Array,
  rows: number,
  cols: number,
  candidate: number,
  candidateIndex: number,
  current: { closest: Float64Array; nearest: Int32Array; centreGap: Float64Array },
  out: Float64Array,
  outNearest: Int32Array,
): number {
  const { closest, nearest, centreGap } = current;
  const base = candidate * cols;
  let total = 0;
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    const known = closest[i];
    let value = known;
    let owner = nearest[i];
    // ‖x − cand‖ ≥ ‖cand − c‖ − ‖x − c‖ ≥ ‖x − c‖ when ‖cand − c‖² ≥ 4‖x − c‖².
    if (centreGap[owner] < 4 * known) {
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[o + j] - data[base + j];
        sum += diff * diff;
      }
      if (sum < known) {
        value = sum;
        owner = candidateIndex;
      }
    }
    out[i] = value;
    outNearest[i] = owner;
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
