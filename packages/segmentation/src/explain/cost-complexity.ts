import { isLeaf, type TreeNode } from "./tree-node";

/** The minimal cost-complexity pruning path of a grown tree (Breiman et al. 1984, ch. 3). */
export interface PruningPath {
  /** Increasing complexity parameters; alphas[0] = 0 is the full tree, the last one prunes to the root. */
  alphas: number[];
  /** Total leaf impurity Σ (n_leaf/N)·impurity(leaf) of the subtree kept at each alpha. */
  impurities: number[];
  leafCounts: number[];
  /** For each node, the alpha at which it becomes a leaf (Infinity for the original leaves). */
  pruneAlpha: Float64Array;
}

/**
 * Weakest-link pruning: repeatedly collapse the internal node(s) with the smallest
 * g(t) = (R(t) − R(T_t)) / (|leaves(T_t)| − 1), where R(t) = (n_t/N)·impurity(t) as in
 * scikit-learn's ccp_alpha. Children always have larger indices than their parent, so one
 * backward sweep computes subtree sums. O(nodes²) in the worst case, fine for readable trees.
 */
export function costComplexityPath(nodes: readonly TreeNode[]): PruningPath {
  const count = nodes.length;
  const total = nodes[0].samples;
  const own = nodes.map((node) => (node.samples / total) * node.impurity);
  const pruneAlpha = new Float64Array(count).fill(Infinity);
  const collapsed = new Uint8Array(count);
  for (let t = 0; t < count; t++) if (isLeaf(nodes[t])) collapsed[t] = 1;
  const subtreeRisk = new Float64Array(count);
  const leaves = new Float64Array(count);
  const reachable = new Uint8Array(count);
  const path: PruningPath = { alphas: [], impurities: [], leafCounts: [], pruneAlpha };

  const measure = (): void => {
    for (let t = count - 1; t >= 0; t--) {
      if (collapsed[t]) {
        subtreeRisk[t] = own[t];
        leaves[t] = 1;
      } else {
        const { left, right } = nodes[t];
        subtreeRisk[t] = subtreeRisk[left] + subtreeRisk[right];
        leaves[t] = leaves[left] + leaves[right];
      }
    }
    reachable.fill(0);
    reachable[0] = 1;
    for (let t = 0; t < count; t++) {
      if (reachable[t] && !collapsed[t]) {
        reachable[nodes[t].left] = 1;
        reachable[nodes[t].right] = 1;
      }
    }
  };

  measure();
  path.alphas.push(0);
  path.impurities.push(subtreeRisk[0]);
  path.leafCounts.push(leaves[0]);
  while (!collapsed[0]) {
    let weakest = Infinity;
    const strength = new Float64Array(count).fill(Infinity);
    for (let t = 0; t < count; t++) {
      if (!reachable[t] || collapsed[t]) continue;
      strength[t] = Math.max(0, (own[t] - subtreeRisk[t]) / (leaves[t] - 1));
      if (strength[t] < weakest) weakest = strength[t];
    }
    // Nodes tied with the weakest link (within float noise) are collapsed at the same alpha.
    const cut = weakest + 1e-12 * Math.max(1, weakest);
    for (let t = 0; t < count; t++) {
      if (strength[t] <= cut) collapse(nodes, t, weakest, collapsed, pruneAlpha);
    }
    measure();
    path.alphas.push(weakest);
    path.impurities.push(subtreeRisk[0]);
    path.leafCounts.push(leaves[0]);
  }
  return path;
}

function collapse(
  nodes: readonly TreeNode[],
  t: number,
  alpha: number,
  collapsed: Uint8Array,
  pruneAlpha: Float64Array,
): void {
  const pending = [t];
  while (pending.length > 0) {
    const s = pending.pop()!;
    if (pruneAlpha[s] === Infinity && !isLeaf(nodes[s])) pruneAlpha[s] = alpha;
    if (!collapsed[s]) {
      collapsed[s] = 1;
      pending.push(nodes[s].left, nodes[s].right);
    }
  }
}

/** The subtree kept at `alpha`: nodes whose pruneAlpha ≤ alpha become leaves; indices are renumbered. */
export function pruneTree(nodes: readonly TreeNode[], pruneAlpha: Float64Array, alpha: number): TreeNode[] {
  const out: TreeNode[] = [];
  const copy = (t: number): number => {
    const node = nodes[t];
    const index = out.length;
    const keep = !isLeaf(node) && pruneAlpha[t] > alpha;
    out.push({
      ...node,
      counts: [...node.counts],
      leftCategories: keep && node.leftCategories ? [...node.leftCategories] : null,
      feature: keep ? node.feature : -1,
      threshold: keep ? node.threshold : NaN,
      left: -1,
      right: -1,
    });
    if (keep) {
      out[index].left = copy(node.left);
      out[index].right = copy(node.right);
    }
    return index;
  };
  copy(0);
  return out;
}
