export interface RetryWithBackoffOptions {
  /** Give up (rethrowing the last error) once this much time has passed since the first attempt. */
  totalMs: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (error: unknown, delayMs: number) => void;
}

/**
 * Runs `attempt` until it succeeds, waiting twice as long after each failure: the last write of an import
 * must outlast a short database outage, or the job would stay running forever.
 */
export async function retryWithBackoff<T>(
  attempt: () => Promise<T>,
  { totalMs, firstDelayMs = 250, maxDelayMs = 10_000, onRetry }: RetryWithBackoffOptions,
): Promise<T> {
  const deadline = Date.now() + totalMs;
  let delayMs = firstDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const wait = Math.min(delayMs, deadline - Date.now());
      if (wait <= 0) throw error;
      onRetry?.(error, wait);
      await new Promise((resolve) => setTimeout(resolve, wait));
      delayMs = Math.min(maxDelayMs, delayMs * 2);
    }
  }
}
