import { SegmentationError } from "../errors";
import type { DenseMatrix } from "../matrix";

/** Validates features and class ids; returns the class count (max id + 1, at least 2). */
export function checkTrainingData(x: DenseMatrix, y: ArrayLike<number>): number {
  if (y.length !== x.rows)
    throw new SegmentationError("INVALID_INPUT", `got ${y.length} labels for ${x.rows} rows`);
  if (x.rows < 2)
    throw new SegmentationError("TOO_FEW_ROWS", `a classifier needs at least 2 rows, got ${x.rows}`);
  if (x.cols < 1)
    throw new SegmentationError("NO_NUMERIC_COLUMN", "a classifier needs at least one feature column");
  for (let i = 0; i < x.data.length; i++) {
    if (!Number.isFinite(x.data[i])) {
      throw new SegmentationError(
        "NON_NUMERIC_VALUE",
        `row ${Math.floor(i / x.cols)}, column ${i % x.cols} is not a finite number`,
      );
    }
  }
  let max = 0;
  const seen = new Set<number>();
  for (let i = 0; i < y.length; i++) {
    const label = y[i];
    if (!Number.isInteger(label) || label < 0) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `label of row ${i} is ${label}, expected an integer class id ≥ 0`,
      );
    }
    seen.add(label);
    if (label > max) max = label;
  }
  if (seen.size < 2)
    throw new SegmentationError("INVALID_INPUT", "the target has a single class: nothing to learn");
  return max + 1;
}
