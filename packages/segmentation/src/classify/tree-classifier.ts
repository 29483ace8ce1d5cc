import { SegmentationError } from "../errors";
import { DecisionTree, featureTableFromMatrix, type DecisionTreeJSON, type TreeOptions } from "../explain";
import type { DenseMatrix } from "../matrix";
import type { Classifier } from "./classifier";
import { checkTrainingData } from "./check-training-data";

export interface TreeClassifierJSON {
  kind: "tree";
  tree: DecisionTreeJSON;
}

/** The explanation CART tree on a numeric matrix (columns named x0, x1, …). Unscaled: trees do not need it. */
export class TreeClassifier implements Classifier {
  readonly kind = "tree";

  private constructor(private readonly tree: DecisionTree) {}

  static fit(x: DenseMatrix, y: ArrayLike<number>, options: TreeOptions = {}): TreeClassifier {
    const classCount = checkTrainingData(x, y);
    return new TreeClassifier(
      DecisionTree.fit(featureTableFromMatrix(x, columnNames(x.cols)), y, options, classCount),
    );
  }

  get classCount(): number {
    return this.tree.classCount;
  }

  predict(x: DenseMatrix): Int32Array {
    return this.tree.predict(this.tableOf(x));
  }

  scores(x: DenseMatrix): Float64Array {
    return this.tree.predictProba(this.tableOf(x));
  }

  toJSON(): TreeClassifierJSON {
    return { kind: "tree", tree: this.tree.toJSON() };
  }

  static fromJSON(json: TreeClassifierJSON): TreeClassifier {
    if (json?.kind !== "tree")
      throw new SegmentationError("INVALID_MODEL", "not a serialised tree classifier");
    return new TreeClassifier(DecisionTree.fromJSON(json.tree));
  }

  private tableOf(x: DenseMatrix) {
    if (x.cols !== this.tree.features.length) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `the model was fitted on ${this.tree.features.length} columns, got ${x.cols}`,
      );
    }
    return featureTableFromMatrix(x, columnNames(x.cols));
  }
}

function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, j) => `x${j}`);
}
