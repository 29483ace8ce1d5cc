/**
 * One node of a fitted tree, kept as a plain object so that the whole tree serialises as JSON.
 * A leaf has feature = -1. Numeric split: value ≤ threshold goes left. Categorical split:
 * a category listed in leftCategories goes left, any other (including unseen) goes right.
 */
export interface TreeNode {
  feature: number;
  threshold: number;
  leftCategories: number[] | null;
  left: number;
  right: number;
  /** Training rows of each class that reached the node. */
  counts: number[];
  samples: number;
  impurity: number;
  depth: number;
}

export function isLeaf(node: TreeNode): boolean {
  return node.feature < 0;
}

export function majorityClass(counts: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
  return best;
}
