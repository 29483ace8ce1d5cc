import { SegmentationError } from "../errors";
import type { TreeOptions } from "../explain";
import type { DenseMatrix } from "../matrix";
import type { Classifier, ClassifierKind } from "./classifier";
import { LinearSvm, type LinearSvmJSON, type LinearSvmOptions } from "./linear-svm";
import {
  LogisticRegression,
  type LogisticRegressionJSON,
  type LogisticRegressionOptions,
} from "./logistic-regression";
import { MlpClassifier, type MlpJSON, type MlpOptions } from "./mlp-classifier";
import { TreeClassifier, type TreeClassifierJSON } from "./tree-classifier";

/** Options per model kind; each model merges its own over its documented defaults. */
export interface ClassifierOptions {
  tree?: TreeOptions;
  svm?: LinearSvmOptions;
  logistic?: LogisticRegressionOptions;
  mlp?: MlpOptions;
}

export type ClassifierJSON = TreeClassifierJSON | LinearSvmJSON | LogisticRegressionJSON | MlpJSON;

export function fitClassifier(
  kind: ClassifierKind,
  x: DenseMatrix,
  y: ArrayLike<number>,
  options: ClassifierOptions = {},
): Classifier {
  switch (kind) {
    case "tree":
      return TreeClassifier.fit(x, y, options.tree);
    case "svm":
      return LinearSvm.fit(x, y, options.svm);
    case "logistic":
      return LogisticRegression.fit(x, y, options.logistic);
    case "mlp":
      return MlpClassifier.fit(x, y, options.mlp);
    default:
      throw new SegmentationError(
        "INVALID_OPTION",
        `unknown model "${String(kind)}", expected tree, svm, logistic or mlp`,
      );
  }
}

export function classifierFromJSON(json: ClassifierJSON): Classifier {
  switch (json?.kind) {
    case "tree":
      return TreeClassifier.fromJSON(json);
    case "svm":
      return LinearSvm.fromJSON(json);
    case "logistic":
      return LogisticRegression.fromJSON(json);
    case "mlp":
      return MlpClassifier.fromJSON(json);
    default:
      throw new SegmentationError("INVALID_MODEL", "not a serialised classifier");
  }
}
