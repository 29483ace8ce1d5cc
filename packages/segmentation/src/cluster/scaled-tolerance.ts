/**
 * scikit-learn's convergence threshold: tolerance × mean of the population column variances, so the
 * option means the same thing whatever the units of the data.
 */
export function scaledTolerance(data: Float64Array, rows: number, cols: number, tolerance: number): number {
  if (tolerance === 0 || rows === 0) return 0;
  const mean = new Float64Array(cols);
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    for (let j = 0; j < cols; j++) mean[j] += data[o + j];
  }
  for (let j = 0; j < cols; j++) mean[j] /= rows;
  const squares = new Float64Array(cols);
  for (let i = 0, o = 0; i < rows; i++, o += cols) {
    for (let j = 0; j < cols; j++) {
      const diff = data[o + j] - mean[j];
      squares[j] += diff * diff;
    }
  }
  let total = 0;
  for (let j = 0; j < cols; j++) total += squares[j] / rows;
  return (tolerance * total) / cols;
}
