import type { LloydState } from "./lloyd-state";

/**
 * Gives every empty cluster the point farthest from its own centre (taken from a cluster that keeps
 * at least one point), as scikit-learn does. Returns how many points were moved.
 */
export function relocateEmptyClusters(state: LloydState): number {
  const { data, rows, cols, k, centres, labels, upper, lower, sums, counts } = state;
  let moved = 0;
  for (let empty = 0; empty < k; empty++) {
    if (counts[empty] !== 0) continue;
    let farthest = -1;
    let farthestDistance = -1;
    for (let i = 0, o = 0; i < rows; i++, o += cols) {
      const own = labels[i];
      if (counts[own] < 2) continue;
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const diff = data[o + j] - centres[own * cols + j];
        sum += diff * diff;
      }
      if (sum > farthestDistance) {
        farthestDistance = sum;
        farthest = i;
      }
    }
    if (farthest < 0) break;
    const from = labels[farthest];
    const o = farthest * cols;
    for (let j = 0; j < cols; j++) {
      sums[from * cols + j] -= data[o + j];
      sums[empty * cols + j] += data[o + j];
    }
    counts[from]--;
    counts[empty]++;
    labels[farthest] = empty;
    // Bounds of a moved point are unknown: force a full check at the next assignment.
    upper[farthest] = Infinity;
    lower[farthest] = 0;
    moved++;
  }
  return moved;
}

/**
 * Moves every centre to the mean of its points and loosens the bounds by how far centres moved
 * (Hamerly: the own-centre bound grows by its centre's move, the other-centre bound shrinks by the
 * largest move of any other centre). Returns the summed squared move, scikit-learn's convergence measure.
 */
export function moveCentres(state: LloydState): number {
  const { rows, cols, k, labels, upper, lower, sums, counts, shift } = state;
  const previous = state.centres;
  const next = new Float64Array(k * cols);
  let totalSquaredShift = 0;
  let largest = 0;
  let largestCluster = -1;
  let secondLargest = 0;
  for (let c = 0; c < k; c++) {
    const count = counts[c];
    let squared = 0;
    for (let j = 0; j < cols; j++) {
      const index = c * cols + j;
      const value = count > 0 ? sums[index] / count : previous[index];
      next[index] = value;
      const diff = value - previous[index];
      squared += diff * diff;
    }
    totalSquaredShift += squared;
    const distance = Math.sqrt(squared);
    shift[c] = distance;
    if (distance > largest) {
      secondLargest = largest;
      largest = distance;
      largestCluster = c;
    } else if (distance > secondLargest) {
      secondLargest = distance;
    }
  }
  state.centres = next;
  if (largest > 0) {
    for (let i = 0; i < rows; i++) {
      const own = labels[i];
      upper[i] += shift[own];
      lower[i] -= own === largestCluster ? secondLargest : largest;
    }
  }
  return totalSquaredShift;
}
