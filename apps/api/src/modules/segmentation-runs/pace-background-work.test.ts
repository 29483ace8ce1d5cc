import { createBackgroundPacer } from "./pace-background-work";

/** A clock the work advances by hand, and a sleep that records its pauses (and advances the clock too). */
function fakeTime() {
  let clock = 0;
  const pauses: number[] = [];
  return {
    now: () => clock,
    advance: (ms: number) => (clock += ms),
    sleep: async (ms: number) => {
      pauses.push(ms);
      clock += ms;
    },
    pauses,
  };
}

describe("createBackgroundPacer", () => {
  it("pauses after each piece in proportion to its duration, so the work takes busyShare of the time", async () => {
    const time = fakeTime();
    const pacer = createBackgroundPacer({ busyShare: 0.25, now: time.now, sleep: time.sleep });
    expect(await pacer.pace(async () => (time.advance(40), "first"))).toBe("first");
    await pacer.pace(async () => void time.advance(10));
    expect(time.pauses).toEqual([120, 30]);
    expect(pacer.pausedMs()).toBe(150);
    expect(time.now()).toBe(200);
  });

  it("caps a pause, skips pauses under a millisecond, and does not pause when the work fails", async () => {
    const time = fakeTime();
    const pacer = createBackgroundPacer({
      busyShare: 0.5,
      maxPauseMs: 100,
      now: time.now,
      sleep: time.sleep,
    });
    await pacer.pace(async () => void time.advance(500));
    await pacer.pace(async () => void time.advance(0.5));
    await expect(
      pacer.pace(async () => {
        time.advance(50);
        throw new Error("statement failed");
      }),
    ).rejects.toThrow("statement failed");
    expect(time.pauses).toEqual([100]);
  });

  it("refuses a share outside (0, 1]", () => {
    expect(() => createBackgroundPacer({ busyShare: 0 })).toThrow(/busyShare/);
    expect(() => createBackgroundPacer({ busyShare: 1.5 })).toThrow(/busyShare/);
  });
});
