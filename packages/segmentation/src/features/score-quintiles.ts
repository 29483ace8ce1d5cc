import { quantileOfSorted } from "../preprocess/scaler";

/**
 * RFM-style 1..5 scores: score = 1 + how many of the 20/40/60/80% quantiles (numpy linear
 * interpolation, over the scored rows only) the value is strictly above; `reversed` counts
 * quantiles strictly below instead (recency: fewer days = better). Equal values always share a
 * score, which rank-based cuts would not guarantee. Rows where `scored[i]` is 0 get `unscored`.
 */
export function scoreQuintiles(
  values: Float64Array,
  scored: Uint8Array,
  reversed: boolean,
  unscored: number,
): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (scored[i]) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) if (scored[i]) sorted[k++] = values[i];
  sorted.sort();
  const cuts = [0.2, 0.4, 0.6, 0.8].map((q) => quantileOfSorted(sorted, q));
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (!scored[i]) {
      out[i] = unscored;
      continue;
    }
    const v = values[i];
    let score = 1;
    for (const cut of cuts) if (reversed ? v < cut : v > cut) score++;
    out[i] = score;
  }
  return out;
}
