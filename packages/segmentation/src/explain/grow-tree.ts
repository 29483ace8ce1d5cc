import { argsort } from "./argsort";
import type { FeatureTable } from "./feature-table";
import { findCategoricalSplit } from "./find-categorical-split";
import type { SplitCandidate } from "./find-numeric-split";
import { findNumericSplit } from "./find-numeric-split";
import { impurity, weightedImpurity } from "./impurity";
import type { TreeNode } from "./tree-node";
import type { ResolvedTreeOptions } from "./tree-options";

export interface GrowTreeInput {
  table: FeatureTable;
  /** Class of each row, 0 ≤ label < classCount. */
  labels: Int32Array;
  classCount: number;
  options: ResolvedTreeOptions;
}

/**
 * Grows a CART tree depth first. Each numeric feature is sorted once at the root; a node owns the
 * same range [start, end) of every feature's order, and a split stably partitions each order so
 * the children's ranges stay sorted. Cost: one sort per feature plus O(d·n) per tree level.
 */
export function growTree({ table, labels, classCount, options }: GrowTreeInput): TreeNode[] {
  const n = table.rows;
  const { features } = table;
  const orders = features.map((feature) => (feature.kind === "numeric" ? argsort(feature.values) : null));
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const goesLeft = new Uint8Array(n);
  const buffer = new Int32Array(n);
  const left = new Float64Array(classCount);
  const right = new Float64Array(classCount);
  const nodes: TreeNode[] = [];
  const stack: Array<{ index: number; start: number; end: number }> = [];

  const addNode = (start: number, end: number, depth: number): number => {
    const counts = new Float64Array(classCount);
    for (let i = start; i < end; i++) counts[labels[rows[i]]]++;
    const samples = end - start;
    nodes.push({
      feature: -1,
      threshold: NaN,
      leftCategories: null,
      left: -1,
      right: -1,
      counts: Array.from(counts),
      samples,
      impurity: impurity(counts, samples, options.criterion),
      depth,
    });
    stack.push({ index: nodes.length - 1, start, end });
    return nodes.length - 1;
  };

  addNode(0, n, 0);
  while (stack.length > 0) {
    const { index, start, end } = stack.pop()!;
    const node = nodes[index];
    const samples = end - start;
    if (
      node.depth >= options.maxDepth ||
      samples < options.minSamplesSplit ||
      samples < 2 * options.minSamplesLeaf ||
      node.impurity <= 1e-12
    ) {
      continue;
    }
    const nodeCounts = Float64Array.from(node.counts);
    let best: SplitCandidate | null = null;
    for (let f = 0; f < features.length; f++) {
      const feature = features[f];
      const bestScore: number = best ? best.score : Infinity;
      const found: SplitCandidate | null =
        feature.kind === "numeric"
          ? findNumericSplit(
              { feature: f, values: feature.values, order: orders[f]!, start, end, labels, nodeCounts, criterion: options.criterion, minSamplesLeaf: options.minSamplesLeaf, left, right },
              bestScore,
            )
          : findCategoricalSplit(
              { feature: f, codes: feature.codes, categoryCount: feature.categories.length, rows, start, end, labels, nodeCounts, criterion: options.criterion, minSamplesLeaf: options.minSamplesLeaf, exhaustiveCategoryLimit: options.exhaustiveCategoryLimit },
              bestScore,
            );
      if (found) best = found;
    }
    if (!best) continue;
    const decrease = (weightedImpurity(nodeCounts, samples, options.criterion) - best.score) / n;
    if (decrease + 1e-12 < options.minImpurityDecrease) continue;

    const feature = features[best.feature];
    if (feature.kind === "numeric") {
      for (let i = start; i < end; i++) goesLeft[rows[i]] = feature.values[rows[i]] <= best.threshold ? 1 : 0;
    } else {
      const leftSet = new Uint8Array(feature.categories.length);
      for (const code of best.leftCategories!) leftSet[code] = 1;
      for (let i = start; i < end; i++) goesLeft[rows[i]] = leftSet[feature.codes[rows[i]]];
    }
    const middle = stablePartition(rows, start, end, goesLeft, buffer);
    for (const order of orders) if (order) stablePartition(order, start, end, goesLeft, buffer);

    node.feature = best.feature;
    node.threshold = best.threshold;
    node.leftCategories = best.leftCategories;
    // The left child is pushed last, so its subtree is grown first (depth first, as scikit-learn).
    node.right = addNode(middle, end, node.depth + 1);
    node.left = addNode(start, middle, node.depth + 1);
  }
  return nodes;
}

/** Moves rows marked left to the front of [start, end), keeping relative order; returns the boundary. */
function stablePartition(order: Int32Array, start: number, end: number, goesLeft: Uint8Array, buffer: Int32Array): number {
  let write = start;
  let spill = 0;
  for (let i = start; i < end; i++) {
    const row = order[i];
    if (goesLeft[row]) order[write++] = row;
    else buffer[spill++] = row;
  }
  order.set(buffer.subarray(0, spill), write);
  return write;
}
