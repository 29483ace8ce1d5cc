/**
 * A small, fast, deterministic pseudo-random generator (mulberry32).
 * Every algorithm that needs randomness takes one of these, built from the caller's seed,
 * so that the same seed always gives the same result.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A standard normal deviate (Box-Muller). */
  nextGaussian(): number {
    let u = 0;
    while (u === 0) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Fisher-Yates shuffle of a copy of 0..n-1. */
  permutation(n: number): Int32Array {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /**
   * `size` distinct indices of 0..n-1 in ascending order: the Fisher-Yates shuffle stopped after
   * `size` steps (its tail is already a uniform sample), so it draws `size` numbers, not n.
   */
  sampleIndices(n: number, size: number): Int32Array {
    if (!(Number.isInteger(size) && size >= 0 && size <= n)) {
      throw new RangeError(`sampleIndices: size must be an integer in 0..${n}, got ${size}`);
    }
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i >= n - size && i > 0; i--) {
      const j = this.nextInt(i + 1);
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order.slice(n - size).sort();
  }

  /** A fresh generator derived from this one, for an independent stream (e.g. one per restart). */
  fork(): SeededRandom {
    return new SeededRandom(Math.floor(this.next() * 4294967296));
  }
}
