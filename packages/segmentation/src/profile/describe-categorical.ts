export interface CategoryShare {
  value: string;
  count: number;
  /** count / group size. */
  share: number;
}

export interface CategoricalSummary {
  count: number;
  /** Most frequent first; ties in alphabetical order so the output is deterministic. */
  categories: CategoryShare[];
}

/** Counts and shares of each category among the rows listed in `indices`. */
export function describeCategorical(
  values: readonly string[],
  indices: ArrayLike<number>,
): CategoricalSummary {
  const counts = new Map<string, number>();
  for (let r = 0; r < indices.length; r++) {
    const value = values[indices[r]];
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const count = indices.length;
  const categories = [...counts.entries()]
    .map(([value, c]) => ({ value, count: c, share: count === 0 ? 0 : c / count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { count, categories };
}
