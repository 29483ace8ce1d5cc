import { SegmentationError } from "../errors";

export interface OneHotPlan {
  /** Categories rarer than this share of rows go to "other". Default 0.01. */
  minShare?: number;
  /** At most this many categories get their own column (most frequent first). Default 20. */
  maxCategories?: number;
}

export interface FittedOneHot {
  /** Own columns, most frequent first (ties alphabetical); everything else, including categories
   * never seen at fit, lands in the always-present "other" column. */
  categories: string[];
  /** How many distinct fit categories were folded into "other". */
  foldedIntoOther: number;
}

export const OTHER_CATEGORY = "other";

export function fitOneHot(
  column: string,
  values: ReadonlyArray<string | null>,
  plan: OneHotPlan = {},
): FittedOneHot {
  const minShare = plan.minShare ?? 0.01;
  const maxCategories = plan.maxCategories ?? 20;
  if (!(minShare >= 0 && minShare <= 1))
    throw new SegmentationError("INVALID_OPTION", `${column}: minShare must be in [0, 1]`);
  if (!Number.isInteger(maxCategories) || maxCategories < 1) {
    throw new SegmentationError("INVALID_OPTION", `${column}: maxCategories must be a whole number ≥ 1`);
  }
  const counts = new Map<string, number>();
  let present = 0;
  for (const value of values) {
    if (value === null) continue;
    present++;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  const categories = ranked
    .filter(([, count]) => count >= minShare * present)
    .slice(0, maxCategories)
    .map(([value]) => value);
  return { categories, foldedIntoOther: counts.size - categories.length };
}
