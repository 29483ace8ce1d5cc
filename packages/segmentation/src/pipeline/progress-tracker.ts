import { SegmentationError } from "../errors";
import type { ProfileSegmentsOptions, SegmentProfiles } from "../profile";

export type PipelineStage =
  | "features"
  | "scaling"
  | "k-selection"
  | "clustering"
  | "explanation"
  | "association-rules"
  | "projection"
  | "profiles"
  | "done";

export interface PipelineHooks {
  /** fraction in [0, 1], never decreasing; the last call is (1, "done"). */
  onProgress?(fraction: number, stage: PipelineStage): void;
  /** Aborting makes the pipeline throw SegmentationError("CANCELLED") at its next check. */
  signal?: AbortSignal;
  /** A clock in milliseconds (e.g. performance.now) to time the stages; without it no timings. */
  now?(): number;
  /**
   * Computes the per-segment statistics elsewhere, e.g. on a worker thread (the CLI does), while
   * the pipeline fits the explanation tree; it must resolve to what profileSegments(options)
   * returns. Without it they are computed in line. The "profiles" timing is then the wait alone.
   */
  profileSegments?(options: ProfileSegmentsOptions): Promise<SegmentProfiles>;
}

/**
 * Share of the total work each stage takes, measured on 100k synthetic customers, so the bar
 * moves at roughly constant speed.
 */
const STAGE_WEIGHTS: ReadonlyArray<[PipelineStage, number]> = [
  ["features", 0.08],
  ["scaling", 0.02],
  ["k-selection", 0.55],
  ["clustering", 0.02],
  ["explanation", 0.18],
  ["association-rules", 0.05],
  ["projection", 0.03],
  ["profiles", 0.07],
];

/** Maps progress inside a stage onto the whole run, keeps it monotonic, and checks cancellation. */
export class ProgressTracker {
  private reported = 0;
  private stageStart = 0;
  private stageWeight = 0;
  private stage: PipelineStage = "features";
  private stageStartedAt = 0;
  private started = false;
  readonly timings: Array<{ stage: PipelineStage; seconds: number }> = [];

  constructor(private readonly hooks: PipelineHooks = {}) {}

  /**
   * Starts a stage: first lets pending events run (the stages are synchronous, so this is when an
   * abort() from elsewhere gets through), then checks for cancellation.
   */
  async begin(stage: PipelineStage): Promise<void> {
    await yieldToEventLoop();
    this.checkCancelled();
    this.closeTiming();
    let start = 0;
    for (const [name, weight] of STAGE_WEIGHTS) {
      if (name === stage) {
        this.stageStart = start;
        this.stageWeight = weight;
        break;
      }
      start += weight;
    }
    this.stage = stage;
    this.report(this.stageStart);
  }

  /** Progress inside the current stage, 0..1; also a cancellation point for long loops. */
  within(fraction: number): void {
    this.checkCancelled();
    this.report(this.stageStart + this.stageWeight * Math.min(1, Math.max(0, fraction)));
  }

  async finish(): Promise<void> {
    await yieldToEventLoop();
    this.checkCancelled();
    this.closeTiming();
    this.stage = "done";
    this.emit(1);
  }

  checkCancelled(): void {
    if (this.hooks.signal?.aborted)
      throw new SegmentationError("CANCELLED", "the segmentation run was cancelled");
  }

  /** Ends the running stage's timing (if a stage is running) and starts the next one. */
  private closeTiming(): void {
    const now = this.hooks.now?.();
    if (now === undefined) return;
    if (this.started) this.timings.push({ stage: this.stage, seconds: (now - this.stageStartedAt) / 1000 });
    this.started = true;
    this.stageStartedAt = now;
  }

  private report(fraction: number): void {
    // Rounding of the weights must never make the bar go back or reach 1 before "done".
    const value = Math.min(0.999, Math.max(this.reported, fraction));
    this.emit(value);
  }

  private emit(value: number): void {
    this.reported = value;
    this.hooks.onProgress?.(value, this.stage);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
