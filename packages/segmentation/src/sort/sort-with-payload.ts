/**
 * Ascending sort of float64 values that carries an int32 payload (a row index, a segment label)
 * along, stable for equal values. Statistics over a million rows per column (profiles, tree
 * presorting) spend most of their time sorting: V8's built-in Float64Array sort takes 100–300 ms
 * per million values here, and it cannot carry a payload without a comparator (slower still).
 *
 * The keys are the IEEE-754 bits flipped so that unsigned order equals numeric order (negatives
 * invert every bit, positives set the sign bit). A least-significant-digit radix sort with 16-bit
 * digits orders the high 32-bit words in two passes (measured: 20% faster than three 11-bit passes
 * on a million values); the low words only decide between values whose high words agree, so each
 * such run is then put in order on its own (usually it is a run of equal values or a handful of
 * close ones, already sorted; a long unsorted run gets three 11-bit passes).
 * Digits on which every key agrees are skipped, so whole numbers cost one or two passes.
 * -0 sorts before +0; NaN sorts after +Infinity (before -Infinity when its sign bit is set).
 */
export interface SortedWithPayload {
  values: Float64Array;
  payload: Int32Array;
}

const HIGH_DIGIT_BITS = 16;
const HIGH_RADIX = 1 << HIGH_DIGIT_BITS;
const HIGH_MASK = HIGH_RADIX - 1;
const DIGIT_BITS = 11;
const RADIX = 1 << DIGIT_BITS;
const DIGIT_MASK = RADIX - 1;
const SIGN = 0x80000000;
/** Runs of equal high words up to this length are fixed by insertion sort instead of radix passes. */
const INSERTION_RUN = 32;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LOW_WORD = LITTLE_ENDIAN ? 0 : 1;
const HIGH_WORD = 1 - LOW_WORD;

export function sortWithPayload(values: Float64Array, payload: Int32Array): SortedWithPayload {
  const n = values.length;
  if (payload.length !== n) {
    throw new RangeError(`sortWithPayload: ${payload.length} payload entries for ${n} values`);
  }
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let high = new Uint32Array(n);
  let low = new Uint32Array(n);
  let tags = Int32Array.from(payload);
  const counts = new Int32Array(2 * HIGH_RADIX);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + HIGH_WORD];
    let l = bits[2 * i + LOW_WORD];
    if (h & SIGN) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | SIGN) >>> 0;
    }
    high[i] = h;
    low[i] = l;
    counts[h & HIGH_MASK]++;
    counts[HIGH_RADIX + (h >>> HIGH_DIGIT_BITS)]++;
  }
  let spareHigh = new Uint32Array(n);
  let spareLow = new Uint32Array(n);
  let spareTags = new Int32Array(n);
  for (let pass = 0; pass < 2; pass++) {
    const shift = pass * HIGH_DIGIT_BITS;
    const base = pass * HIGH_RADIX;
    if (n === 0 || counts[base + ((high[0] >>> shift) & HIGH_MASK)] === n) continue;
    toStarts(counts, base, HIGH_RADIX);
    for (let i = 0; i < n; i++) {
      const h = high[i];
      const to = counts[base + ((h >>> shift) & HIGH_MASK)]++;
      spareHigh[to] = h;
      spareLow[to] = low[i];
      spareTags[to] = tags[i];
    }
    [high, spareHigh] = [spareHigh, high];
    [low, spareLow] = [spareLow, low];
    [tags, spareTags] = [spareTags, tags];
  }
  orderLowWords(high, low, tags, spareLow, spareTags);

  const sorted = new Float64Array(n);
  const out = new Uint32Array(sorted.buffer);
  for (let i = 0; i < n; i++) {
    const h = high[i];
    if (h & SIGN) {
      out[2 * i + HIGH_WORD] = h & ~SIGN;
      out[2 * i + LOW_WORD] = low[i];
    } else {
      out[2 * i + HIGH_WORD] = ~h >>> 0;
      out[2 * i + LOW_WORD] = ~low[i] >>> 0;
    }
  }
  return { values: sorted, payload: tags };
}

/** Row indices ordered by value, ties in index order (a stable argsort). */
export function argsortFloat64(values: Float64Array): Int32Array {
  const identity = new Int32Array(values.length);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  return sortWithPayload(values, identity).payload;
}

/** Turns digit counts at counts[base..base+radix) into the first output slot of each digit. */
function toStarts(counts: Int32Array, base: number, radix: number): void {
  let sum = 0;
  for (let d = base; d < base + radix; d++) {
    const count = counts[d];
    counts[d] = sum;
    sum += count;
  }
}

/** Sorts every run of equal high words by its low words (stable). */
function orderLowWords(
  high: Uint32Array,
  low: Uint32Array,
  tags: Int32Array,
  spareLow: Uint32Array,
  spareTags: Int32Array,
): void {
  const n = high.length;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    let ordered = true;
    while (end < n && high[end] === high[start]) {
      if (low[end] < low[end - 1]) ordered = false;
      end++;
    }
    if (!ordered) {
      if (end - start <= INSERTION_RUN) insertionSortRun(low, tags, start, end);
      else radixSortRun(low, tags, spareLow, spareTags, start, end);
    }
    start = end;
  }
}

function insertionSortRun(low: Uint32Array, tags: Int32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const key = low[i];
    const tag = tags[i];
    let j = i - 1;
    while (j >= start && low[j] > key) {
      low[j + 1] = low[j];
      tags[j + 1] = tags[j];
      j--;
    }
    low[j + 1] = key;
    tags[j + 1] = tag;
  }
}

/** LSD radix on the low words of [start, end); the result ends up back in low/tags. */
function radixSortRun(
  low: Uint32Array,
  tags: Int32Array,
  spareLow: Uint32Array,
  spareTags: Int32Array,
  start: number,
  end: number,
): void {
  const length = end - start;
  const counts = new Int32Array(3 * RADIX);
  for (let i = start; i < end; i++) {
    const l = low[i];
    counts[l & DIGIT_MASK]++;
    counts[RADIX + ((l >>> DIGIT_BITS) & DIGIT_MASK)]++;
    counts[2 * RADIX + (l >>> (2 * DIGIT_BITS))]++;
  }
  let fromLow = low;
  let fromTags = tags;
  let toLow = spareLow;
  let toTags = spareTags;
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * DIGIT_BITS;
    const base = pass * RADIX;
    if (counts[base + ((fromLow[start] >>> shift) & DIGIT_MASK)] === length) continue;
    toStarts(counts, base, RADIX);
    for (let i = start; i < end; i++) {
      const l = fromLow[i];
      const to = start + counts[base + ((l >>> shift) & DIGIT_MASK)]++;
      toLow[to] = l;
      toTags[to] = fromTags[i];
    }
    [fromLow, toLow] = [toLow, fromLow];
    [fromTags, toTags] = [toTags, fromTags];
  }
  if (fromLow !== low) {
    low.set(fromLow.subarray(start, end), start);
    tags.set(fromTags.subarray(start, end), start);
  }
}
