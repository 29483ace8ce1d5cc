import { SegmentationError } from "../errors";

/**
 * Adjusted Rand index between two labelings of the same rows (1 = identical partitions up to label
 * names, ~0 = chance agreement, negative = worse than chance). Labels may be numbers or strings.
 */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length !== b.length) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `labelings have different lengths (${a.length} and ${b.length})`,
    );
  }
  const n = a.length;
  const codesA = encode(a);
  const codesB = encode(b);
  const cells = new Map<number, number>();
  const rowTotals = new Float64Array(codesA.count);
  const columnTotals = new Float64Array(codesB.count);
  for (let i = 0; i < n; i++) {
    const key = codesA.codes[i] * codesB.count + codesB.codes[i];
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rowTotals[codesA.codes[i]]++;
    columnTotals[codesB.codes[i]]++;
  }
  // scikit-learn's convention for the degenerate cases (one cluster each, or all singletons).
  if (codesA.count === codesB.count && (codesA.count === 1 || codesA.count === n)) return 1;
  const pairs = (count: number): number => (count * (count - 1)) / 2;
  let index = 0;
  for (const count of cells.values()) index += pairs(count);
  let sumA = 0;
  for (const total of rowTotals) sumA += pairs(total);
  let sumB = 0;
  for (const total of columnTotals) sumB += pairs(total);
  const expected = (sumA * sumB) / pairs(n);
  const maximum = (sumA + sumB) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

function encode(labels: ArrayLike<number | string>): { codes: Int32Array; count: number } {
  const seen = new Map<number | string, number>();
  const codes = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let code = seen.get(labels[i]);
    if (code === undefined) {
      code = seen.size;
      seen.set(labels[i], code);
    }
    codes[i] = code;
  }
  return { codes, count: seen.size };
}
