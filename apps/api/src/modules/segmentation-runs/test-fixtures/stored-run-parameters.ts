import { ScalingMethod } from "../segmentation-run.input";
import type { StoredRunParameters } from "../run-parameters";

/**
 * A run's options as SegmentationRun.parameters stores them, for runs a test creates directly: recency and
 * frequency, K = 3, standard scaling, seed 0, sensitive attributes excluded. Override what the test is about.
 */
export function storedRunParameters(overrides: Partial<StoredRunParameters> = {}) {
  return {
    features: ["recency_days", "frequency"],
    k: 3 as number | null,
    kMin: 2,
    kMax: 8,
    scaling: ScalingMethod.STANDARD,
    restarts: 2,
    seed: 0,
    excludeSensitive: true,
    ...overrides,
  };
}
