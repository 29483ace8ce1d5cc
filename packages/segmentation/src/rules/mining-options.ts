import { SegmentationError } from "../errors";
import { DEFAULT_MINING_OPTIONS, type MiningOptions } from "./rule-types";

export interface ResolvedMining extends MiningOptions {
  /** Smallest basket count that is frequent: support ≥ minSupport, with float noise forgiven. */
  minCount: number;
}

export function resolveMiningOptions(options: Partial<MiningOptions>, basketCount: number): ResolvedMining {
  const settings = { ...DEFAULT_MINING_OPTIONS, ...options };
  if (!(settings.minSupport > 0 && settings.minSupport <= 1)) {
    throw new SegmentationError("INVALID_OPTION", `minSupport must be in (0, 1], got ${settings.minSupport}`);
  }
  if (!Number.isInteger(settings.maxLength) || settings.maxLength < 1) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `maxLength must be a whole number ≥ 1, got ${settings.maxLength}`,
    );
  }
  const minCount = Math.max(1, Math.ceil(settings.minSupport * basketCount - 1e-9));
  return { ...settings, minCount };
}

/** Canonical order of itemset results: by length, then item ids lexicographically. */
export function compareItemLists(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
