import { createMatrix, type DenseMatrix } from "../../matrix";
import { SeededRandom } from "../../random";

/** Seeded Gaussian blobs (unit spread around centres drawn in [-spread, spread]) and their true blob. */
export function gaussianBlobs(
  rows: number,
  cols: number,
  centres: number,
  spread: number,
  seed: number,
): { matrix: DenseMatrix; truth: Int32Array } {
  const random = new SeededRandom(seed);
  const means = Array.from({ length: centres * cols }, () => (random.next() * 2 - 1) * spread);
  const matrix = createMatrix(rows, cols);
  const truth = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const blob = random.nextInt(centres);
    truth[i] = blob;
    for (let j = 0; j < cols; j++) matrix.data[i * cols + j] = means[blob * cols + j] + random.nextGaussian();
  }
  return { matrix, truth };
}

/** Plain Lloyd (no bounds, no tolerance) from given centres: the reference our accelerated run must equal. */
export function plainLloyd(
  matrix: DenseMatrix,
  initial: Float64Array,
): { labels: Int32Array; inertia: number } {
  const { rows, cols, data } = matrix;
  const k = initial.length / cols;
  let centres = Float64Array.from(initial);
  const labels = new Int32Array(rows).fill(-1);
  for (let iteration = 0; iteration < 1000; iteration++) {
    let changed = 0;
    for (let i = 0; i < rows; i++) {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < k; c++) {
        let sum = 0;
        for (let j = 0; j < cols; j++) sum += (data[i * cols + j] - centres[c * cols + j]) ** 2;
        if (sum < bestDistance) {
          bestDistance = sum;
          best = c;
        }
      }
      if (labels[i] !== best) changed++;
      labels[i] = best;
    }
    const sums = new Float64Array(k * cols);
    const counts = new Float64Array(k);
    for (let i = 0; i < rows; i++) {
      counts[labels[i]]++;
      for (let j = 0; j < cols; j++) sums[labels[i] * cols + j] += data[i * cols + j];
    }
    for (let c = 0; c < k; c++) for (let j = 0; j < cols; j++) sums[c * cols + j] /= counts[c];
    centres = sums;
    if (changed === 0) break;
  }
  let inertia = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) inertia += (data[i * cols + j] - centres[labels[i] * cols + j]) ** 2;
  }
  return { labels, inertia };
}
