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
  /**
   * Ascending row order of each numeric feature (null for categorical ones), as presortFeatures
   * gives; sorted here when absent. Read only: the tree partitions copies.
   */
  orders?: ReadonlyArray<Int32Array | null>;
}

/** Each numeric feature's rows in ascending order of value, ties in row order (null for categorical). */
export function presortFeatures(table: FeatureTable): Array<Int32Array | null> {
  return table.features.map((feature) => (feature.kind === "numeric" ? argsort(feature.values) : null));
}

/**
 * The presorted orders of a subset of rows (`rows` ascending), renumbered 0..rows.length-1: a stable
 * filter of the full orders, so each stays sorted with ties in row order, exactly what sorting the
 * subset again would give (cross-validation folds cost O(n) per feature instead of a sort).
 */
export function restrictOrders(
  orders: ReadonlyArray<Int32Array | null>,
  rows: Int32Array,
  totalRows: number,
): Array<Int32Array | null> {
  const position = new Int32Array(totalRows).fill(-1);
  for (let r = 0; r < rows.length; r++) position[rows[r]] = r;
  return orders.map((order) => {
    if (!order) return null;
    const out = new Int32Array(rows.length);
    let write = 0;
    for (let i = 0; i < order.length; i++) {
      const at = position[order[i]];
      if (at >= 0) out[write++] = at;
    }
    return out;
  });
}

/**
 * Grows a CART tree depth first. Each numeric feature is sorted once at the root; a node owns the
 * same range [start, end) of every feature's order, and a split stably partitions each order so
 * the children's ranges stay sorted. Cost: one sort per feature plus O(d·n) per tree level.
 */
export function growTree({ table, labels, classCount, options, orders }: GrowTreeInput): TreeNode[] {
  const n = table.rows;
  const { features } = table;
  const sorted = features.map((feature, f) => {
    if (feature.kind !== "numeric") return null;
    const given = orders?.[f];
    return sortedColumn(feature.values, labels, given ? Int32Array.from(given) : argsort(feature.values));
  });
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const goesLeft = new Uint8Array(n);
  const buffer = new Int32Array(n);
  const valueBuffer = new Float64Array(n);
  const labelBuffer = new Int32Array(n);
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
              {
                feature: f,
                sortedValues: sorted[f]!.values,
                sortedLabels: sorted[f]!.labels,
                start,
                end,
                nodeCounts,
                criterion: options.criterion,
                minSamplesLeaf: options.minSamplesLeaf,
                left,
                right,
              },
              bestScore,
            )
          : findCategoricalSplit(
              {
                feature: f,
                codes: feature.codes,
                categoryCount: feature.categories.length,
                rows,
                start,
                end,
                labels,
                nodeCounts,
                criterion: options.criterion,
                minSamplesLeaf: options.minSamplesLeaf,
                exhaustiveCategoryLimit: options.exhaustiveCategoryLimit,
              },
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
    for (const column of sorted)
      if (column) partitionSorted(column, start, end, goesLeft, buffer, valueBuffer, labelBuffer);

    node.feature = best.feature;
    node.threshold = best.threshold;
    node.leftCategories = best.leftCategories;
    // The left child is pushed last, so its subtree is grown first (depth first, as scikit-learn).
    node.right = addNode(middle, end, node.depth + 1);
    node.left = addNode(start, middle, node.depth + 1);
  }
  return nodes;
}

/** One numeric feature's rows in ascending order of value, with their values and labels alongside. */
interface SortedColumn {
  order: Int32Array;
  values: Float64Array;
  labels: Int32Array;
}

function sortedColumn(values: Float64Array, labels: Int32Array, order: Int32Array): SortedColumn {
  const sortedValues = new Float64Array(order.length);
  const sortedLabels = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    sortedValues[i] = values[order[i]];
    sortedLabels[i] = labels[order[i]];
  }
  return { order, values: sortedValues, labels: sortedLabels };
}

/** stablePartition of a sorted column, carrying its values and labels along. */
function partitionSorted(
  column: SortedColumn,
  start: number,
  end: number,
  goesLeft: Uint8Array,
  buffer: Int32Array,
  valueBuffer: Float64Array,
  labelBuffer: Int32Array,
): void {
  const { order, values, labels } = column;
  let write = start;
  let spill = 0;
  for (let i = start; i < end; i++) {
    const row = order[i];
    if (goesLeft[row]) {
      order[write] = row;
      values[write] = values[i];
      labels[write++] = labels[i];
    } else {
      buffer[spill] = row;
      valueBuffer[spill] = values[i];
      labelBuffer[spill++] = labels[i];
    }
  }
  order.set(buffer.subarray(0, spill), write);
  values.set(valueBuffer.subarray(0, spill), write);
  labels.set(labelBuffer.subarray(0, spill), write);
}

/** Moves rows marked left to the front of [start, end), keeping relative order; returns the boundary. */
function stablePartition(
  order: Int32Array,
  start: number,
  end: number,
  goesLeft: Uint8Array,
  buffer: Int32Array,
): number {
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
