/**
 * Working memory of one Lloyd run with Hamerly bounds. Kept in one object so the hot loops can be
 * plain functions that hoist these arrays into locals.
 */
export interface LloydState {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly k: number;
  /** k × cols, the centres the current labels were assigned against. */
  centres: Float64Array;
  readonly labels: Int32Array;
  /** Upper bound on the distance of each point to its own centre. */
  readonly upper: Float64Array;
  /** Lower bound on the distance of each point to every other centre. */
  readonly lower: Float64Array;
  /** Running per-cluster sums and counts, updated only for points that change cluster. */
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  /** Half the distance from each centre to its nearest other centre. */
  readonly half: Float64Array;
  /** How far each centre moved in the last update. */
  readonly shift: Float64Array;
}

export function createLloydState(
  data: Float64Array,
  rows: number,
  cols: number,
  k: number,
  initialCentres: Float64Array,
): LloydState {
  return {
    data,
    rows,
    cols,
    k,
    centres: Float64Array.from(initialCentres),
    labels: new Int32Array(rows),
    upper: new Float64Array(rows),
    lower: new Float64Array(rows),
    sums: new Float64Array(k * cols),
    counts: new Int32Array(k),
    half: new Float64Array(k),
    shift: new Float64Array(k),
  };
}
