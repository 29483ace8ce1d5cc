import { SegmentationError } from "../errors";
import type { DecisionTree } from "./decision-tree";
import type { PathStep, RowExplanation } from "./explanation-types";
import { createFeatureTable, type FeatureTable } from "./feature-table";
import { pathConditions, type Branch } from "./path-conditions";
import { goesLeft } from "./traverse-tree";
import { isLeaf, majorityClass } from "./tree-node";

/**
 * "Why is this customer in this segment": the conditions on the row's root-to-leaf path, merged
 * per feature (one range per feature), each with the row's actual value.
 */
export function explainRow(tree: DecisionTree, table: FeatureTable, row: number): RowExplanation {
  if (!Number.isInteger(row) || row < 0 || row >= table.rows) {
    throw new SegmentationError("INVALID_INPUT", `row ${row} is outside 0..${table.rows - 1}`);
  }
  const columns = tree.columnsOf(table);
  const path: Branch[] = [];
  let t = 0;
  while (!isLeaf(tree.nodes[t])) {
    const node = tree.nodes[t];
    const left = goesLeft(node, columns[node.feature][row]);
    path.push({ node: t, left });
    t = left ? node.left : node.right;
  }
  const leaf = tree.nodes[t];
  const segment = majorityClass(leaf.counts);
  const steps = pathConditions(tree.nodes, tree.features, path).map((condition): PathStep => {
    const f = tree.features.findIndex((meta) => meta.name === condition.feature);
    const raw = columns[f][row];
    const value =
      tree.features[f].kind === "categorical" ? (tree.features[f].categories![raw] ?? "(unseen)") : raw;
    return { feature: condition.feature, condition: condition.text, value };
  });
  return {
    segment,
    confidence: leaf.counts[segment] / leaf.samples,
    steps,
    text:
      steps.length === 0
        ? "every customer is in this segment"
        : steps.map((step) => step.condition).join(" and "),
  };
}

/** explainRow for one customer given as { feature: value }, e.g. from an API request. */
export function explainRecord(
  tree: DecisionTree,
  record: Readonly<Record<string, number | string>>,
): RowExplanation {
  const columns = tree.features.map((meta) => {
    const value = record[meta.name];
    if (value === undefined)
      throw new SegmentationError("INVALID_INPUT", `the customer has no value for "${meta.name}"`);
    return {
      name: meta.name,
      kind: meta.kind,
      values: meta.kind === "numeric" ? [Number(value)] : [String(value)],
    };
  });
  return explainRow(tree, createFeatureTable(columns), 0);
}
