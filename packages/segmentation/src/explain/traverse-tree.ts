import type { TreeColumns } from "./tree-columns";
import { isLeaf, type TreeNode } from "./tree-node";

/**
 * Index of the leaf that row `row` reaches. With `pruneAlpha` and `alpha`, stops at the first node
 * that cost-complexity pruning at `alpha` would turn into a leaf (used by cross-validation).
 */
export function findLeaf(
  nodes: readonly TreeNode[],
  columns: TreeColumns,
  row: number,
  pruneAlpha?: Float64Array,
  alpha = 0,
): number {
  let t = 0;
  for (;;) {
    const node = nodes[t];
    if (isLeaf(node) || (pruneAlpha && pruneAlpha[t] <= alpha)) return t;
    t = goesLeft(node, columns[node.feature][row]) ? node.left : node.right;
  }
}

export function goesLeft(node: TreeNode, value: number): boolean {
  if (node.leftCategories) return node.leftCategories.includes(value);
  return value <= node.threshold;
}
