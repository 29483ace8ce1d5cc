import { SegmentationError } from "../errors";
import type { DecisionTree } from "./decision-tree";
import type { SegmentRule } from "./explanation-types";
import type { FeatureTable } from "./feature-table";
import { joinConditions } from "./format-condition";
import { pathConditions, type Branch } from "./path-conditions";
import { isLeaf, majorityClass } from "./tree-node";

/**
 * Readable rules per segment: one rule per group of leaves. Sibling leaves that predict the same
 * segment are merged into their parent first (bottom-up), which changes no prediction but removes
 * splits a reader would find pointless. Coverage and precision are measured on `table`/`labels`
 * (usually the rows the tree explains). Returns rules indexed by segment, each list by support.
 * `leaves` (tree.leafIndices(table)) may be passed when the caller has them already.
 */
export function extractRules(
  tree: DecisionTree,
  table: FeatureTable,
  labels: ArrayLike<number>,
  leaves: Int32Array = tree.leafIndices(table),
): SegmentRule[][] {
  const { nodes, features } = tree;
  const uniform = new Int32Array(nodes.length).fill(-1);
  for (let t = nodes.length - 1; t >= 0; t--) {
    const node = nodes[t];
    if (isLeaf(node)) uniform[t] = majorityClass(node.counts);
    else if (uniform[node.left] >= 0 && uniform[node.left] === uniform[node.right])
      uniform[t] = uniform[node.left];
  }
  // Each rule ends at the first node on a path whose whole subtree predicts one segment.
  const ruleOfNode = new Int32Array(nodes.length).fill(-1);
  const rules: SegmentRule[] = [];
  const walk = (t: number, path: Branch[]): void => {
    if (uniform[t] >= 0) {
      ruleOfNode[t] = rules.length;
      const conditions = pathConditions(nodes, features, path);
      rules.push({
        segment: uniform[t],
        conditions,
        text: joinConditions(conditions),
        support: 0,
        matched: 0,
        coverage: 0,
        precision: 0,
      });
      return;
    }
    walk(nodes[t].left, [...path, { node: t, left: true }]);
    walk(nodes[t].right, [...path, { node: t, left: false }]);
  };
  walk(0, []);

  // Children come after their parent in `nodes`, so one forward sweep hands each leaf its rule.
  const ruleOfLeaf = new Int32Array(nodes.length).fill(-1);
  for (let t = 0; t < nodes.length; t++) {
    if (ruleOfNode[t] >= 0) ruleOfLeaf[t] = ruleOfNode[t];
    if (!isLeaf(nodes[t]) && ruleOfLeaf[t] >= 0) {
      ruleOfLeaf[nodes[t].left] = ruleOfLeaf[t];
      ruleOfLeaf[nodes[t].right] = ruleOfLeaf[t];
    }
  }
  let segmentCount = tree.classCount;
  for (let i = 0; i < labels.length; i++) segmentCount = Math.max(segmentCount, labels[i] + 1);
  const segmentSizes = new Float64Array(segmentCount);
  if (leaves.length !== labels.length) {
    throw new SegmentationError("INVALID_INPUT", `got ${leaves.length} leaves for ${labels.length} labels`);
  }
  for (let i = 0; i < leaves.length; i++) {
    const rule = rules[ruleOfLeaf[leaves[i]]];
    segmentSizes[labels[i]]++;
    rule.matched++;
    if (labels[i] === rule.segment) rule.support++;
  }
  const bySegment: SegmentRule[][] = Array.from({ length: segmentCount }, () => []);
  for (const rule of rules) {
    rule.coverage = segmentSizes[rule.segment] > 0 ? rule.support / segmentSizes[rule.segment] : 0;
    rule.precision = rule.matched > 0 ? rule.support / rule.matched : 0;
    bySegment[rule.segment].push(rule);
  }
  for (const list of bySegment) list.sort((a, b) => b.support - a.support || b.precision - a.precision);
  return bySegment;
}
