/**
 * Spreads a background job's database work over time: after each piece of work it waits so that the work
 * takes at most `busyShare` of the wall time (0.5: a piece that took 80 ms is followed by an 80 ms pause).
 * A run's statements execute at the server's normal priority, next to the requests; paced, they take at
 * most about that share of one core, the requests get the rest, and on the embedded database (one session)
 * requests run in the pauses. The run takes longer by the pauses, never by more than `maxPauseMs` a piece.
 */
export interface BackgroundPacer {
  /** Runs `work`, then pauses in proportion to how long it took. */
  pace<T>(work: () => Promise<T>): Promise<T>;
  /** Milliseconds paused so far (reported with the run's timings). */
  pausedMs(): number;
}

export function createBackgroundPacer({
  busyShare = 0.5,
  maxPauseMs = 1_000,
  now = () => performance.now(),
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
}: {
  busyShare?: number;
  maxPauseMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
} = {}): BackgroundPacer {
  if (!(busyShare > 0 && busyShare <= 1))
    throw new RangeError(`busyShare must be in (0, 1], got ${busyShare}`);
  let paused = 0;
  return {
    async pace(work) {
      const startedAt = now();
      const result = await work();
      const pauseMs = Math.min(maxPauseMs, ((now() - startedAt) * (1 - busyShare)) / busyShare);
      if (pauseMs >= 1) {
        paused += pauseMs;
        await sleep(pauseMs);
      }
      return result;
    },
    pausedMs: () => paused,
  };
}
