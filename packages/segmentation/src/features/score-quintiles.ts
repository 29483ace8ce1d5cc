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
  // Four named cuts rather than an array: a per-customer loop over an array boxed doubles (GC).
  const q20 = quantileOfSorted(sorted, 0.2);
  const q40 = quantileOfSorted(sorted, 0.4);
  const q60 = quantileOfSorted(sorted, 0.6);
  const q80 = quantileOfSorted(sorted, 0.8);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!scored[i]) out[i] = unscored;
    else if (reversed)
      out[i] = 1 + (v < q20 ? 1 : 0) + (v < q40 ? 1 : 0) + (v < q60 ? 1 : 0) + (v < q80 ? 1 : 0);
    else out[i] = 1 + (v > q20 ? 1 : 0) + (v > q40 ? 1 : 0) + (v > q60 ? 1 : 0) + (v > q80 ? 1 : 0);
  }
  return out;
}
