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

export interface HistogramBin {
  /** Bin bounds in the feature's units: [from, to), the last bin closed. */
  from: number;
  to: number;
  /** Share of the segment's customers in the bin, 0..1. */
  segment: number;
  /** Share of all customers in the bin, 0..1. */
  everyone: number;
}

function numberArray(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "number" && Number.isFinite(item))
    ? (value as number[])
    : null;
}

function histogramOf(group: unknown, feature: string): number[] | null {
  return numberArray(asRecord(asRecord(asRecord(group)?.numeric)?.[feature])?.histogram);
}

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => (total > 0 ? count / total : 0));
}

/**
 * The segment's and everyone's histogram of each numeric feature, on the bins the run shared
 * between them, as shares so groups of any size compare. Features without both histograms on
 * matching bins (e.g. runs saved before everyone's histograms were kept with the segment) are left out.
 */
export function numericHistograms(profile: unknown): Array<{ feature: string; bins: HistogramBin[] }> {
  const root = asRecord(profile);
  const edges = asRecord(root?.histogramEdges);
  if (!edges) return [];
  return Object.entries(edges).flatMap(([feature, value]) => {
    const bounds = numberArray(value);
    const segment = histogramOf(root, feature);
    const everyone = histogramOf(root?.overall, feature);
    if (!bounds || !segment || !everyone) return [];
    const bins = bounds.length - 1;
    if (bins < 1 || segment.length !== bins || everyone.length !== bins) return [];
    const segmentShares = shares(segment);
    const everyoneShares = shares(everyone);
    return [
      {
        feature,
        bins: segmentShares.map((share, b) => ({
          from: bounds[b],
          to: bounds[b + 1],
          segment: share,
          everyone: everyoneShares[b],
        })),
      },
    ];
  });
}

/** Digits that tell bins of this width apart (whole numbers from a width of 10). */
export function binDigits(bins: readonly HistogramBin[]): number {
  const width = bins.length === 0 ? 1 : Math.abs(bins[0].to - bins[0].from);
  if (width >= 10) return 0;
  if (width >= 1) return 1;
  return 2;
}

export interface CategoryComparison {
  value: string;
  segment: number;
  everyone: number;
}

/**
 * Category shares of a categorical attribute in the segment next to all customers', in everyone's
 * order of frequency (the engine lists categories most frequent first).
 */
export function categoryComparisons(
  profile: unknown,
): Array<{ attribute: string; categories: CategoryComparison[] }> {
  const everyone = new Map(
    categoricalProfiles(asRecord(profile)?.overall).map((item) => [item.attribute, item.categories]),
  );
  return categoricalProfiles(profile).flatMap(({ attribute, categories }) => {
    const overall = everyone.get(attribute);
    if (!overall) return [];
    const inSegment = new Map(categories.map((category) => [category.value, category.share]));
    const compared = overall.map((category) => ({
      value: category.value,
      segment: inSegment.get(category.value) ?? 0,
      everyone: category.share,
    }));
    return [{ attribute, categories: compared }];
  });
}
