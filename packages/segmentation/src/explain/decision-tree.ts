import { SegmentationError } from "../errors";
import { chooseAlphaByCrossValidation, type AlphaSelection } from "./choose-alpha";
import { costComplexityPath, pruneTree, type PruningPath } from "./cost-complexity";
import type { FeatureImportance } from "./explanation-types";
import { validateFeatureTable, type FeatureTable } from "./feature-table";
import { growTree, presortFeatures } from "./grow-tree";
import type { Criterion } from "./impurity";
import { findLeaf } from "./traverse-tree";
import { alignColumns, describeFeatures, type FeatureMeta, type TreeColumns } from "./tree-columns";
import { isLeaf, majorityClass, type TreeNode } from "./tree-node";
import { resolveTreeOptions, type TreeOptions } from "./tree-options";

/**
 * A node as stored: leaves and categorical splits have no threshold, written as null (not NaN,
 * which JSON would turn into null anyway), so `JSON.parse(JSON.stringify(json))` equals `json`.
 */
export type TreeNodeJSON = Omit<TreeNode, "threshold"> & { threshold: number | null };

export interface DecisionTreeJSON {
  kind: "decision-tree";
  criterion: Criterion;
  classCount: number;
  features: FeatureMeta[];
  nodes: TreeNodeJSON[];
  /** The cost-complexity alpha the tree was pruned at (0 = not pruned). */
  alpha: number;
}

/**
 * A CART classification tree (Breiman et al. 1984) on a FeatureTable: binary splits on numeric
 * thresholds and on partitions of categories, gini or entropy, depth/leaf-size limits, and minimal
 * cost-complexity pruning with alpha given or chosen by cross-validation.
 */
export class DecisionTree {
  private constructor(
    readonly criterion: Criterion,
    readonly classCount: number,
    readonly features: readonly FeatureMeta[],
    readonly nodes: readonly TreeNode[],
    readonly alpha: number,
    /** Present when pruning = "cv": the candidates and their cross-validated errors. */
    readonly alphaSelection?: AlphaSelection,
  ) {}

  /** Labels are class ids 0..classCount-1 (e.g. cluster ids); classCount defaults to max label + 1. */
  static fit(
    table: FeatureTable,
    labels: ArrayLike<number>,
    options: TreeOptions = {},
    classCount?: number,
  ): DecisionTree {
    const resolved = resolveTreeOptions(options);
    validateFeatureTable(table);
    const classes = checkLabels(labels, table.rows, classCount);
    // Sorted once: the cross-validation folds below filter these orders instead of sorting again.
    const orders = presortFeatures(table);
    const grown = growTree({
      table,
      labels: classes.labels,
      classCount: classes.count,
      options: resolved,
      orders,
    });
    const features = describeFeatures(table);
    const pruning = resolved.pruning;
    if (pruning === "none") return new DecisionTree(resolved.criterion, classes.count, features, grown, 0);
    const path = costComplexityPath(grown);
    if (typeof pruning === "object") {
      return new DecisionTree(
        resolved.criterion,
        classes.count,
        features,
        pruneTree(grown, path.pruneAlpha, pruning.alpha),
        pruning.alpha,
      );
    }
    const selection = chooseAlphaByCrossValidation(
      table,
      classes.labels,
      classes.count,
      path.alphas,
      resolved,
      orders,
    );
    const pruned = pruneTree(grown, path.pruneAlpha, selection.alpha);
    return new DecisionTree(resolved.criterion, classes.count, features, pruned, selection.alpha, selection);
  }

  /** The cost-complexity path of this tree (as scikit-learn's cost_complexity_pruning_path). */
  pruningPath(): PruningPath {
    return costComplexityPath(this.nodes);
  }

  predict(table: FeatureTable): Int32Array {
    return this.predictFromLeaves(this.leafIndices(table));
  }

  /** The class of each row given the leaf it reaches (from leafIndices, when those are needed too). */
  predictFromLeaves(leaves: Int32Array): Int32Array {
    const classOfLeaf = this.nodes.map((node) => majorityClass(node.counts));
    return leaves.map((leaf) => classOfLeaf[leaf]);
  }

  /** Class shares in each row's leaf, row-major rows × classCount. */
  predictProba(table: FeatureTable): Float64Array {
    const leaves = this.leafIndices(table);
    const k = this.classCount;
    const out = new Float64Array(leaves.length * k);
    leaves.forEach((leaf, i) => {
      const node = this.nodes[leaf];
      for (let c = 0; c < k; c++) out[i * k + c] = node.counts[c] / node.samples;
    });
    return out;
  }

  /** Index (into `nodes`) of the leaf each row reaches. */
  leafIndices(table: FeatureTable): Int32Array {
    const columns = this.columnsOf(table);
    const out = new Int32Array(table.rows);
    for (let i = 0; i < table.rows; i++) out[i] = findLeaf(this.nodes, columns, i);
    return out;
  }

  /** The tree's features lined up in `table` (by name, categories recoded by name). */
  columnsOf(table: FeatureTable): TreeColumns {
    return alignColumns(this.features, table);
  }

  /** Mean decrease in impurity per feature (weighted by node size), normalised to sum to 1; sorted high to low. */
  featureImportances(): FeatureImportance[] {
    const totals = new Float64Array(this.features.length);
    for (const node of this.nodes) {
      if (isLeaf(node)) continue;
      const left = this.nodes[node.left];
      const right = this.nodes[node.right];
      totals[node.feature] +=
        node.samples * node.impurity - left.samples * left.impurity - right.samples * right.impurity;
    }
    const sum = totals.reduce((a, b) => a + b, 0);
    return this.features
      .map((meta, f) => ({ feature: meta.name, importance: sum > 0 ? totals[f] / sum : 0 }))
      .sort((a, b) => b.importance - a.importance);
  }

  get depth(): number {
    return this.nodes.reduce((max, node) => Math.max(max, node.depth), 0);
  }

  get leafCount(): number {
    return this.nodes.filter(isLeaf).length;
  }

  toJSON(): DecisionTreeJSON {
    return {
      kind: "decision-tree",
      criterion: this.criterion,
      classCount: this.classCount,
      features: this.features.map((meta) => ({ ...meta })),
      nodes: this.nodes.map((node) => ({
        ...node,
        threshold: Number.isNaN(node.threshold) ? null : node.threshold,
        counts: [...node.counts],
      })),
      alpha: this.alpha,
    };
  }

  static fromJSON(json: DecisionTreeJSON): DecisionTree {
    if (
      json?.kind !== "decision-tree" ||
      !Array.isArray(json.nodes) ||
      json.nodes.length === 0 ||
      !Array.isArray(json.features)
    ) {
      throw new SegmentationError("INVALID_MODEL", "not a serialised decision tree");
    }
    // Leaves and categorical splits are stored with threshold null; in memory it is NaN.
    const nodes: TreeNode[] = json.nodes.map((node) => ({ ...node, threshold: node.threshold ?? NaN }));
    for (const node of nodes) {
      if (isLeaf(node)) continue;
      if (
        node.feature >= json.features.length ||
        !(node.left > 0 && node.left < nodes.length && node.right > 0 && node.right < nodes.length)
      ) {
        throw new SegmentationError("INVALID_MODEL", "decision tree node points outside the tree");
      }
    }
    return new DecisionTree(json.criterion, json.classCount, json.features, nodes, json.alpha);
  }
}

function checkLabels(
  labels: ArrayLike<number>,
  rows: number,
  classCount?: number,
): { labels: Int32Array; count: number } {
  if (labels.length !== rows)
    throw new SegmentationError("INVALID_INPUT", `got ${labels.length} labels for ${rows} rows`);
  if (rows === 0) throw new SegmentationError("TOO_FEW_ROWS", "cannot fit a tree on zero rows");
  let max = 0;
  for (let i = 0; i < rows; i++) {
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `label of row ${i} is ${label}, expected an integer class id ≥ 0`,
      );
    }
    if (label > max) max = label;
  }
  const count = classCount ?? max + 1;
  if (max >= count) throw new SegmentationError("INVALID_INPUT", `label ${max} is outside 0..${count - 1}`);
  return { labels: Int32Array.from(labels), count };
}
