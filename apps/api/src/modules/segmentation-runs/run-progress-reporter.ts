import type { PrismaClient } from "@seglens/database";

/**
 * Writes a running run's stage and progress to its row at most every `intervalMs`, doubling as
 * the heartbeat recovery looks at (timings.heartbeatAt), and reads back cancelRequested so a
 * cancellation asked for through the API reaches the worker.
 */
export class RunProgressReporter {
  private stage = "loading";
  private fraction = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private cancelNoticed = false;

  constructor(
    private readonly prisma: Pick<PrismaClient, "$queryRaw">,
    private readonly runId: string,
    private readonly onCancelRequested: () => void,
    private readonly intervalMs = 250,
  ) {}

  start(intervalMs = this.intervalMs): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.inFlight = this.inFlight.then(() => this.flush());
    }, intervalMs);
    this.timer.unref();
  }

  /**
   * Writes now, then only every `intervalMs`. While a run inserts its memberships, each foreign-key
   * check locks the run row; frequent updates of that row would leave a chain of row versions that
   * every check walks (a million checks over thousands of versions: minutes instead of seconds).
   */
  async slowDown(intervalMs: number): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
    await this.flush();
    this.start(intervalMs);
  }

  /** Progress never goes back (stages map onto one 0..1 bar). */
  report(stage: string, fraction: number): void {
    this.stage = stage;
    this.fraction = Math.min(1, Math.max(this.fraction, fraction));
  }

  /** Stops the timer and waits for a write in flight, so nothing lands after the final update. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private async flush(): Promise<void> {
    try {
      const rows = await this.prisma.$queryRaw<Array<{ cancelRequested: boolean }>>`
        update "SegmentationRun"
        set stage = ${this.stage}, progress = ${this.fraction},
            timings = jsonb_build_object('heartbeatAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        where id = ${this.runId}::uuid and status = 'RUNNING'
        returning "cancelRequested"`;
      if (rows[0]?.cancelRequested && !this.cancelNoticed) {
        this.cancelNoticed = true;
        this.onCancelRequested();
      }
    } catch {
      // A missed progress write is harmless; the next tick tries again.
    }
  }
}
