// Slices for the segment page's category pies: one colour per category, the same in the segment's
// pie and everyone's, so the two pies compare at a glance.
import type { CategoryComparison } from "./segment-profile";

/**
 * Paul Tol's "muted" scheme: told apart with the common colour-vision deficiencies, and unlike the
 * Okabe–Ito hues that mark segments, so a category is never mistaken for a segment.
 */
export const categoryPalette = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
] as const;

/** The grey of the "Other" slice (the categories too small to name). */
export const otherCategoryColor = "#BBBBBB";

export interface CategorySlice extends CategoryComparison {
  color: string;
  /** True for the slice that sums the smaller categories. */
  other: boolean;
}

/**
 * At most `maxSlices` slices in everyone's order of frequency: when there are more categories,
 * the `maxSlices − 1` most frequent overall and the rest summed as "Other".
 */
export function categorySlices(categories: readonly CategoryComparison[], maxSlices = 8): CategorySlice[] {
  const named = categories.length > maxSlices ? categories.slice(0, maxSlices - 1) : categories;
  const slices: CategorySlice[] = named.map((category, index) => ({
    ...category,
    color: categoryPalette[index % categoryPalette.length],
    other: false,
  }));
  if (named.length < categories.length) {
    const rest = categories.slice(named.length);
    slices.push({
      value: "Other",
      segment: rest.reduce((sum, category) => sum + category.segment, 0),
      everyone: rest.reduce((sum, category) => sum + category.everyone, 0),
      color: otherCategoryColor,
      other: true,
    });
  }
  return slices;
}
