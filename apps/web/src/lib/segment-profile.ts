// Segment profiles arrive as JSON (the API stores the engine's summaries as-is); these readers
// turn that JSON into the numbers the charts need without trusting its shape.

export interface CategoryShare {
  value: string;
  share: number;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Mean of a numeric feature in a profile, or null when the run did not profile it. */
export function numericMean(profile: unknown, feature: string): number | null {
  const summary = asRecord(asRecord(asRecord(profile)?.numeric)?.[feature]);
  const mean = summary?.mean;
  return typeof mean === "number" && Number.isFinite(mean) ? mean : null;
}

/** Money the segment's customers spent: mean `monetary` × size (null without that feature). */
export function segmentRevenue(profile: unknown, size: number): number | null {
  const mean = numericMean(profile, "monetary");
  return mean === null ? null : mean * size;
}

/** Each segment's part of the total revenue, 0..1 (all null when any revenue is unknown). */
export function revenueShares(
  segments: ReadonlyArray<{ profile: unknown; size: number }>,
): Array<number | null> {
  const revenues = segments.map((segment) => segmentRevenue(segment.profile, segment.size));
  if (revenues.some((revenue) => revenue === null)) return revenues.map(() => null);
  const total = revenues.reduce<number>((sum, revenue) => sum + (revenue ?? 0), 0);
  return revenues.map((revenue) => (total > 0 ? (revenue ?? 0) / total : 0));
}

/** Categorical attributes (gender, country…) with their category shares, most frequent first. */
export function categoricalProfiles(
  profile: unknown,
): Array<{ attribute: string; categories: CategoryShare[] }> {
  const categorical = asRecord(asRecord(profile)?.categorical);
  if (!categorical) return [];
  return Object.entries(categorical).flatMap(([attribute, summary]) => {
    const categories = asRecord(summary)?.categories;
    if (!Array.isArray(categories)) return [];
    const shares = categories.flatMap((category) => {
      const record = asRecord(category);
      return typeof record?.value === "string" && typeof record.share === "number"
        ? [{ value: record.value, share: record.share }]
        : [];
    });
    return shares.length > 0 ? [{ attribute, categories: shares }] : [];
  });
}
