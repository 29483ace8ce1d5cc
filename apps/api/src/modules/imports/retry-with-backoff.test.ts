import { retryWithBackoff } from "./retry-with-backoff";

describe("retryWithBackoff", () => {
  it("retries with doubling delays until the attempt succeeds", async () => {
    let calls = 0;
    const delays: number[] = [];
    const result = await retryWithBackoff(
      async () => {
        calls += 1;
        if (calls < 4) throw new Error(`down ${calls}`);
        return "saved";
      },
      { totalMs: 5_000, firstDelayMs: 5, onRetry: (_, delayMs) => delays.push(delayMs) },
    );
    expect(result).toBe("saved");
    expect(calls).toBe(4);
    expect(delays).toEqual([5, 10, 20]);
  });

  it("rethrows the last error once the time is up", async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      retryWithBackoff(
        async () => {
          calls += 1;
          throw new Error(`still down ${calls}`);
        },
        { totalMs: 60, firstDelayMs: 10, maxDelayMs: 20 },
      ),
    ).rejects.toThrow(/^still down \d+$/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});
