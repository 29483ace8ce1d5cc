import type { DenseMatrix } from "../matrix";
import { skewness } from "./handle-outliers";

/**
 * Skewness above which a non-negative column is taken through log(1 + x) before scaling.
 * Above 1 is the usual reading of "highly skewed" (Bulmer); spend, order and event counts of real
 * shops are far above it (3 to 5), roughly symmetric measurements such as Iris's are below 0.5.
 */
export const LOG_SKEWNESS_THRESHOLD = 1;

/**
 * Which columns k-means should see on a log scale: non-negative columns that are heavy-tailed
 * (skewness > LOG_SKEWNESS_THRESHOLD) or named in `always` (durations since an event, such as
 * recency and tenure, are compared as ratios: 10 against 40 days since the last order is a bigger
 * difference than 400 against 430). On a raw scale a few big spenders stretch the standardised
 * axis so far that everyone else is squeezed together, and the K scan sees one split: them and
 * the rest. Columns with any negative value are never logged.
 */
export function chooseLogColumns(
  matrix: DenseMatrix,
  names: readonly string[],
  always: readonly string[] = [],
): boolean[] {
  const { rows, cols, data } = matrix;
  const column = new Float64Array(rows);
  return names.map((name, j) => {
    if (rows === 0) return false;
    for (let i = 0; i < rows; i++) {
      const value = data[i * cols + j];
      if (value < 0) return false;
      column[i] = value;
    }
    return always.includes(name) || skewness(column) > LOG_SKEWNESS_THRESHOLD;
  });
}
