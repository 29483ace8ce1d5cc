/** Tukey's "far out" fences: values more than 3 interquartile ranges outside the quartiles are outliers. */
export const fenceMultiplier = 3;

/** Fewer values than this give no fences: quartiles of a handful of values say nothing. */
export const minValuesForFences = 4;

/**
 * The values a column can hold, as multiples of 1 / scale: 100 for cents, 1 for whole numbers, one day for
 * dates without a time. Medians are rounded onto it and fences moved inwards onto it, so a capped value is
 * one the column could hold and "above the fence" means the same for the rounded fence as for the exact one.
 */
export interface ValueGrid {
  scale: number;
}

export interface NumericSummary {
  median: number;
  lowerQuartile: number;
  upperQuartile: number;
  /** Null when there are too few values or the middle half of them are all equal (see fenceNote). */
  lowerFence: number | null;
  upperFence: number | null;
  fenceNote: string | null;
  lowOutliers: number;
  highOutliers: number;
}

// Products with the scale are not exact (0.29 * 100 = 28.999…): a tolerance far below one step avoids off-by-one.
const tolerance = 1e-6;
export const roundOnGrid = (value: number, { scale }: ValueGrid) => Math.round(value * scale) / scale;
const floorOnGrid = (value: number, { scale }: ValueGrid) => Math.floor(value * scale + tolerance) / scale;
const ceilOnGrid = (value: number, { scale }: ValueGrid) => Math.ceil(value * scale - tolerance) / scale;

/** Linear interpolation between order statistics (Hyndman & Fan type 7: Excel QUARTILE.INC, NumPy's default). */
export function quantile(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/** Values below `bound` in a sorted array (binary search). */
function countBelow(sorted: Float64Array, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Values above `bound` in a sorted array. */
function countAbove(sorted: Float64Array, bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= bound) low = middle + 1;
    else high = middle;
  }
  return sorted.length - low;
}

/** Median, quartiles and Tukey fences (3 × IQR) of at least one value, sorted ascending. */
export function summariseNumbers(sorted: Float64Array, grid: ValueGrid): NumericSummary {
  const lowerQuartile = quantile(sorted, 0.25);
  const upperQuartile = quantile(sorted, 0.75);
  const summary: NumericSummary = {
    median: roundOnGrid(quantile(sorted, 0.5), grid),
    lowerQuartile: roundOnGrid(lowerQuartile, grid),
    upperQuartile: roundOnGrid(upperQuartile, grid),
    lowerFence: null,
    upperFence: null,
    fenceNote: null,
    lowOutliers: 0,
    highOutliers: 0,
  };
  const spread = upperQuartile - lowerQuartile;
  if (sorted.length < minValuesForFences) {
    summary.fenceNote = `fewer than ${minValuesForFences} values: no outliers can be told apart`;
  } else if (spread * grid.scale < tolerance) {
    // Every value but the common one would be an "outlier": Tukey's rule says nothing here.
    summary.fenceNote = "the middle half of the values are all the same: no outliers can be told apart";
  } else {
    summary.lowerFence = ceilOnGrid(lowerQuartile - fenceMultiplier * spread, grid);
    summary.upperFence = floorOnGrid(upperQuartile + fenceMultiplier * spread, grid);
    summary.lowOutliers = countBelow(sorted, summary.lowerFence);
    summary.highOutliers = countAbove(sorted, summary.upperFence);
  }
  return summary;
}

/**
 * Counts the values of a categorical column. Past `maxDistinct` different values new ones are not counted
 * (memory stays bounded); such a column has no most common value worth filling in.
 */
export class CategoryCounter {
  private readonly counts = new Map<string, number>();
  overflowed = false;

  constructor(private readonly maxDistinct = 100_000) {}

  add(value: string): void {
    const count = this.counts.get(value);
    if (count !== undefined) this.counts.set(value, count + 1);
    else if (this.counts.size < this.maxDistinct) this.counts.set(value, 1);
    else this.overflowed = true;
  }

  /** The most frequent value (ties: the one met first in the file), or null when none or overflowed. */
  mostCommon(): { value: string; count: number } | null {
    if (this.overflowed) return null;
    let best: { value: string; count: number } | null = null;
    for (const [value, count] of this.counts)
      if (best === null || count > best.count) best = { value, count };
    return best;
  }
}
