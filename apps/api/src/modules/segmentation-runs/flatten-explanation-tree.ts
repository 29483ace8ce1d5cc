import {
  describeCategories,
  describeRange,
  majorityClass,
  type DecisionTreeJSON,
  type FeatureMeta,
  type TreeNodeJSON,
} from "@seglens/segmentation";
import type { ExplanationTreeNode } from "./segmentation-run.type";

/**
 * The run's explanation tree as a flat list in depth-first order (root first, the "yes" branch
 * before the "no" branch), each node with the condition that leads to it from its parent in
 * plain words and the segment most of its customers are in. Only nodes reachable from the root
 * are listed.
 */
export function flattenExplanationTree(tree: DecisionTreeJSON): ExplanationTreeNode[] {
  const nodes: ExplanationTreeNode[] = [];
  if (tree.nodes.length === 0) return nodes;
  const pending: Array<{ index: number; parentId: number | null; condition: string | null }> = [
    { index: 0, parentId: null, condition: null },
  ];
  while (pending.length > 0) {
    const { index, parentId, condition } = pending.pop()!;
    const node = tree.nodes[index];
    const leaf = node.feature < 0;
    const segmentIndex = majorityClass(node.counts);
    nodes.push({
      id: index,
      parentId,
      depth: node.depth,
      condition,
      feature: leaf ? null : tree.features[node.feature].name,
      threshold: leaf || node.leftCategories ? null : node.threshold,
      samples: node.samples,
      segmentIndex,
      purity: node.samples > 0 ? node.counts[segmentIndex] / node.samples : 0,
      isLeaf: leaf,
    });
    if (leaf) continue;
    const meta = tree.features[node.feature];
    // Pushed right first so the left ("yes") branch comes out first.
    pending.push({ index: node.right, parentId: index, condition: branchCondition(meta, node, false) });
    pending.push({ index: node.left, parentId: index, condition: branchCondition(meta, node, true) });
  }
  return nodes;
}

function branchCondition(meta: FeatureMeta, node: TreeNodeJSON, left: boolean): string {
  if (node.leftCategories) {
    const categories = meta.categories ?? [];
    const allowed = categories.filter((_, code) => node.leftCategories!.includes(code) === left);
    return describeCategories(meta, allowed);
  }
  const threshold = node.threshold ?? 0;
  return left ? describeRange(meta, undefined, threshold) : describeRange(meta, threshold, undefined);
}
