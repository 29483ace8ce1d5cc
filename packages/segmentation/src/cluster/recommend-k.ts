import { SegmentationError } from "../errors";

export interface KSelectionRow {
  k: number;
  /** Within-cluster sum of squares (the elbow curve). */
  inertia: number;
  /** Mean silhouette, -1..1, higher is better (on a sample for large n). */
  silhouette: number;
  /** Higher is better. */
  calinskiHarabasz: number;
  /** Lower is better. */
  daviesBouldin: number;
}

export interface KRecommendation {
  k: number;
  /** A sentence a shop owner can read. */
  reason: string;
  /** Where the inertia curve bends most (reported, not used to decide). */
  elbowK: number;
}

/** Silhouettes this close to the best count as a tie, and ties go to fewer clusters. */
export const SILHOUETTE_TIE_MARGIN = 0.01;

/**
 * Picks K by silhouette (the one measure here that compares cohesion with separation and does not
 * simply improve with K), breaking near-ties toward fewer clusters; the elbow is mentioned, not imposed.
 */
export function recommendK(rows: KSelectionRow[], tieMargin = SILHOUETTE_TIE_MARGIN): KRecommendation {
  if (rows.length === 0) throw new SegmentationError("INVALID_INPUT", "no K was evaluated");
  const sorted = [...rows].sort((a, b) => a.k - b.k);
  const best = sorted.reduce((top, row) => (row.silhouette > top.silhouette ? row : top));
  const chosen = sorted.find((row) => row.silhouette >= best.silhouette - tieMargin) ?? best;
  const elbowK = findElbow(sorted);
  const format = (value: number): string => value.toFixed(3);
  let reason: string;
  if (chosen.k === best.k) {
    const others = sorted.filter((row) => row.k !== best.k);
    const runnerUp = others.reduce<KSelectionRow | undefined>(
      (top, row) => (top === undefined || row.silhouette > top.silhouette ? row : top),
      undefined,
    );
    reason =
      `k = ${chosen.k} has the highest silhouette (${format(chosen.silhouette)}` +
      (runnerUp ? `; next best k = ${runnerUp.k} at ${format(runnerUp.silhouette)})` : ")");
  } else {
    reason =
      `k = ${chosen.k} has a silhouette of ${format(chosen.silhouette)}, within ${tieMargin} of the best ` +
      `(${format(best.silhouette)} at k = ${best.k}); with a near-tie, fewer segments are easier to act on`;
  }
  reason +=
    elbowK === chosen.k
      ? `. The inertia elbow is also at k = ${elbowK}.`
      : `. The inertia elbow is at k = ${elbowK}, a reasonable alternative if finer segments are wanted.`;
  return { k: chosen.k, reason, elbowK };
}

/** The K farthest below the straight line joining the first and last points of the normalised inertia curve. */
export function findElbow(rows: KSelectionRow[]): number {
  const sorted = [...rows].sort((a, b) => a.k - b.k);
  if (sorted.length < 3) return sorted[0].k;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const inertiaRange = first.inertia - last.inertia;
  if (!(inertiaRange > 0)) return first.k;
  let elbow = first.k;
  let deepest = 0;
  for (const row of sorted) {
    const x = (row.k - first.k) / (last.k - first.k);
    const y = (row.inertia - last.inertia) / inertiaRange;
    const depth = 1 - x - y;
    if (depth > deepest) {
      deepest = depth;
      elbow = row.k;
    }
  }
  return elbow;
}
