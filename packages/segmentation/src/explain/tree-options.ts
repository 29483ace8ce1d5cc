import { SegmentationError } from "../errors";
import type { Criterion } from "./impurity";

/**
 * How the tree prunes itself (minimal cost-complexity pruning, Breiman et al. 1984):
 * "none" keeps the grown tree, { alpha } prunes at a given complexity parameter,
 * "cv" picks alpha on the path by k-fold cross-validation (seeded, stratified).
 */
export type PruningOption = "none" | "cv" | { alpha: number };

export interface TreeOptions {
  /** Split quality. Default "gini". */
  criterion?: Criterion;
  /** Root has depth 0. Default unlimited. */
  maxDepth?: number;
  /** Smallest number of rows in a leaf. Default 1. */
  minSamplesLeaf?: number;
  /** Smallest number of rows a node needs before it may split. Default 2. */
  minSamplesSplit?: number;
  /** A split must lower the weighted impurity (share of all rows × decrease) by at least this. Default 0. */
  minImpurityDecrease?: number;
  /** Default "none". */
  pruning?: PruningOption;
  /** Folds when pruning = "cv". Default 5. */
  cvFolds?: number;
  /** With pruning = "cv": take the simplest tree within one standard error of the best (Breiman's 1-SE rule). Default false. */
  oneStandardErrorRule?: boolean;
  /** Seeds the cross-validation folds. Default 0. */
  seed?: number;
  /**
   * Categorical features with at most this many categories present at a node are split by trying
   * every binary partition when there are more than two classes. Default 10.
   */
  exhaustiveCategoryLimit?: number;
}

export type ResolvedTreeOptions = Required<TreeOptions>;

export const defaultTreeOptions: ResolvedTreeOptions = {
  criterion: "gini",
  maxDepth: Infinity,
  minSamplesLeaf: 1,
  minSamplesSplit: 2,
  minImpurityDecrease: 0,
  pruning: "none",
  cvFolds: 5,
  oneStandardErrorRule: false,
  seed: 0,
  exhaustiveCategoryLimit: 10,
};

export function resolveTreeOptions(options: TreeOptions = {}): ResolvedTreeOptions {
  const resolved: ResolvedTreeOptions = { ...defaultTreeOptions };
  for (const [key, value] of Object.entries(options) as Array<[keyof TreeOptions, unknown]>) {
    if (value !== undefined) (resolved as Record<keyof TreeOptions, unknown>)[key] = value;
  }
  if (resolved.criterion !== "gini" && resolved.criterion !== "entropy") {
    throw new SegmentationError(
      "INVALID_OPTION",
      `criterion must be "gini" or "entropy", got "${String(resolved.criterion)}"`,
    );
  }
  if (!(resolved.maxDepth >= 0))
    throw new SegmentationError("INVALID_OPTION", `maxDepth must be ≥ 0, got ${resolved.maxDepth}`);
  requireInteger("minSamplesLeaf", resolved.minSamplesLeaf, 1);
  requireInteger("minSamplesSplit", resolved.minSamplesSplit, 2);
  requireInteger("cvFolds", resolved.cvFolds, 2);
  requireInteger("exhaustiveCategoryLimit", resolved.exhaustiveCategoryLimit, 2);
  if (!(resolved.minImpurityDecrease >= 0)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `minImpurityDecrease must be ≥ 0, got ${resolved.minImpurityDecrease}`,
    );
  }
  const pruning = resolved.pruning;
  if (typeof pruning === "object") {
    if (!(pruning.alpha >= 0))
      throw new SegmentationError("INVALID_OPTION", `pruning alpha must be ≥ 0, got ${pruning.alpha}`);
  } else if (pruning !== "none" && pruning !== "cv") {
    throw new SegmentationError(
      "INVALID_OPTION",
      `pruning must be "none", "cv" or { alpha }, got "${String(pruning)}"`,
    );
  }
  return resolved;
}

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new SegmentationError("INVALID_OPTION", `${name} must be an integer ≥ ${min}, got ${value}`);
  }
}
