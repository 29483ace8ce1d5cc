import { SegmentationError } from "../errors";
import { SeededRandom } from "../random";
import { DecisionTree } from "./decision-tree";
import type { FeatureImportance, SegmentRule } from "./explanation-types";
import { extractRules } from "./extract-rules";
import { selectFeatureRows, type FeatureTable } from "./feature-table";
import type { TreeOptions } from "./tree-options";

export interface ExplainClustersOptions extends TreeOptions {
  /**
   * Fit the tree on at most this many rows (a seeded random sample) to bound the time on large
   * data; rules, coverage, precision and fidelity are still measured on every row. Default 200,000.
   */
  maxTrainingRows?: number;
}

/** Defaults chosen for readable rules: at most 4 conditions, no leaf under 0.5% of rows, CV pruning. */
export const defaultExplainClustersOptions = {
  maxDepth: 4,
  pruning: "cv",
  maxTrainingRows: 200_000,
  /** minSamplesLeaf defaults to this share of the rows the tree is fitted on. */
  minLeafShare: 0.005,
} as const;

export interface ExplainClustersInput {
  /** Customer features in original units (see FeatureTable). */
  features: FeatureTable;
  /** Cluster id of each row, 0..k-1. */
  labels: Int32Array;
  options?: ExplainClustersOptions;
}

export interface ClusterExplanation {
  /** The fitted tree: `model.toJSON()` to store it, `explainRow(model, table, i)` for one customer. */
  model: DecisionTree;
  /** Rules per segment id (index = cluster id), each with support, coverage and precision. */
  rulesBySegment: SegmentRule[][];
  /** Share of rows whose tree prediction equals their cluster. */
  fidelity: number;
  importances: FeatureImportance[];
}

/** Trains a CART tree to predict the clusters from original features and reads it as rules. */
export function explainClusters({
  features,
  labels,
  options = {},
}: ExplainClustersInput): ClusterExplanation {
  if (labels.length !== features.rows) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `got ${labels.length} cluster labels for ${features.rows} rows`,
    );
  }
  const { maxTrainingRows = defaultExplainClustersOptions.maxTrainingRows, ...treeOptions } = options;
  if (!(Number.isInteger(maxTrainingRows) && maxTrainingRows >= 2)) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `maxTrainingRows must be an integer ≥ 2, got ${maxTrainingRows}`,
    );
  }
  let classCount = 0;
  for (let i = 0; i < labels.length; i++) classCount = Math.max(classCount, labels[i] + 1);

  let trainTable = features;
  let trainLabels = labels;
  if (features.rows > maxTrainingRows) {
    const sample = new SeededRandom(treeOptions.seed ?? 0).sampleIndices(features.rows, maxTrainingRows);
    trainTable = selectFeatureRows(features, sample);
    trainLabels = sample.map((row) => labels[row]);
  }
  const resolved: TreeOptions = {
    maxDepth: defaultExplainClustersOptions.maxDepth,
    pruning: defaultExplainClustersOptions.pruning,
    minSamplesLeaf: Math.max(1, Math.round(trainTable.rows * defaultExplainClustersOptions.minLeafShare)),
    ...withoutUndefined(treeOptions),
  };
  const model = DecisionTree.fit(trainTable, trainLabels, resolved, classCount);
  // One pass down the tree for every row serves both the fidelity and the rules' coverage.
  const leaves = model.leafIndices(features);
  const predicted = model.predictFromLeaves(leaves);
  let agree = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) agree++;
  return {
    model,
    rulesBySegment: extractRules(model, features, labels, leaves),
    fidelity: labels.length > 0 ? agree / labels.length : 0,
    importances: model.featureImportances(),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
