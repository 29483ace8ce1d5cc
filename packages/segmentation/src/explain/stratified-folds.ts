import { SegmentationError } from "../errors";
import { SeededRandom } from "../random";

/**
 * Assigns each row to one of `folds` folds so that every class is spread evenly over the folds
 * (stratified k-fold). Rows of each class are shuffled with the seed, then dealt round-robin,
 * continuing the deal across classes so fold sizes differ by at most one.
 */
export function stratifiedFolds(labels: ArrayLike<number>, folds: number, seed: number): Int32Array {
  const n = labels.length;
  if (!Number.isInteger(folds) || folds < 2) {
    throw new SegmentationError("INVALID_OPTION", `folds must be an integer ≥ 2, got ${folds}`);
  }
  if (folds > n) throw new SegmentationError("TOO_FEW_ROWS", `cannot make ${folds} folds from ${n} rows`);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const group = byClass.get(labels[i]);
    if (group) group.push(i);
    else byClass.set(labels[i], [i]);
  }
  const random = new SeededRandom(seed);
  const assignment = new Int32Array(n);
  let dealt = 0;
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const members = byClass.get(label)!;
    const order = random.permutation(members.length);
    for (let p = 0; p < members.length; p++) assignment[members[order[p]]] = dealt++ % folds;
  }
  return assignment;
}

/** Indices of the rows in fold `fold` (test) and of the others (train). */
export function splitFold(assignment: Int32Array, fold: number): { train: Int32Array; test: Int32Array } {
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < assignment.length; i++) (assignment[i] === fold ? test : train).push(i);
  return { train: Int32Array.from(train), test: Int32Array.from(test) };
}
