import { costComplexityPath } from "./cost-complexity";
import { selectFeatureRows, type FeatureTable } from "./feature-table";
import { growTree, presortFeatures, restrictOrders } from "./grow-tree";
import { splitFold, stratifiedFolds } from "./stratified-folds";
import { alignColumns, describeFeatures } from "./tree-columns";
import { majorityClass } from "./tree-node";
import { findLeaf } from "./traverse-tree";
import type { ResolvedTreeOptions } from "./tree-options";

export interface AlphaSelection {
  alpha: number;
  /** The candidate alphas tried: geometric means of consecutive alphas of the full tree's path. */
  candidates: number[];
  /** Mean misclassification rate over the folds, per candidate. */
  errors: number[];
  /** Standard error of that mean, per candidate. */
  standardErrors: number[];
}

/**
 * Chooses the cost-complexity alpha by k-fold cross-validation (Breiman et al. 1984, §3.4):
 * each fold grows a tree on the other folds and measures, for every candidate alpha, the
 * misclassification rate of the pruned tree on the held-out fold. The lowest mean error wins,
 * ties going to the larger alpha (the smaller tree); with the 1-SE rule, the largest alpha whose
 * error is within one standard error of the best. `orders` (presortFeatures of `table`) saves
 * sorting every fold again.
 */
export function chooseAlphaByCrossValidation(
  table: FeatureTable,
  labels: Int32Array,
  classCount: number,
  fullPathAlphas: readonly number[],
  options: ResolvedTreeOptions,
  orders: ReadonlyArray<Int32Array | null> = presortFeatures(table),
): AlphaSelection {
  const candidates = fullPathAlphas.map((alpha, i) =>
    i + 1 < fullPathAlphas.length ? Math.sqrt(alpha * fullPathAlphas[i + 1]) : alpha,
  );
  const folds = Math.min(options.cvFolds, table.rows);
  const assignment = stratifiedFolds(labels, folds, options.seed);
  const foldErrors = candidates.map(() => new Float64Array(folds));
  const meta = describeFeatures(table);
  for (let fold = 0; fold < folds; fold++) {
    const { train, test } = splitFold(assignment, fold);
    if (train.length === 0 || test.length === 0) continue;
    const nodes = growTree({
      table: selectFeatureRows(table, train),
      labels: labels.filter((_, i) => assignment[i] !== fold),
      classCount,
      options,
      orders: restrictOrders(orders, train, table.rows),
    });
    const { pruneAlpha } = costComplexityPath(nodes);
    const columns = alignColumns(meta, selectFeatureRows(table, test));
    const predictions = nodes.map((node) => majorityClass(node.counts));
    candidates.forEach((alpha, c) => {
      let wrong = 0;
      for (let r = 0; r < test.length; r++) {
        if (predictions[findLeaf(nodes, columns, r, pruneAlpha, alpha)] !== labels[test[r]]) wrong++;
      }
      foldErrors[c][fold] = wrong / test.length;
    });
  }
  const errors = foldErrors.map((values) => values.reduce((sum, v) => sum + v, 0) / folds);
  const standardErrors = foldErrors.map((values, c) => {
    const variance = values.reduce((sum, v) => sum + (v - errors[c]) ** 2, 0) / Math.max(1, folds - 1);
    return Math.sqrt(variance / folds);
  });
  let best = 0;
  for (let c = 1; c < candidates.length; c++) if (errors[c] <= errors[best] + 1e-12) best = c;
  if (options.oneStandardErrorRule) {
    const limit = errors[best] + standardErrors[best];
    for (let c = candidates.length - 1; c > best; c--) {
      if (errors[c] <= limit + 1e-12) {
        best = c;
        break;
      }
    }
  }
  return { alpha: candidates[best], candidates, errors, standardErrors };
}
