import { KMeansModel } from "../cluster";
import { SegmentationError } from "../errors";
import { DecisionTree, explainRecord, type RowExplanation } from "../explain";
import { matrixFromRows } from "../matrix";
import { Scaler } from "../preprocess";
import type { SegmentationModels } from "./pipeline-result";

export interface CustomerAssignment {
  segment: number;
  name: string;
  /** Euclidean distance to the segment's centroid in the scaled space. */
  distance: number;
  /** Distance to every centroid, by segment id (scaled space). */
  distances: number[];
  /** The explanation tree's reading of the customer (its own prediction may differ from `segment`). */
  why: RowExplanation;
}

/**
 * Real-time assignment of one customer with stored models: scale its features, take the nearest
 * centroid, and explain it with the tree. `features` holds the customer's values in original units
 * for every model feature (computed the same way as for the run, e.g. RFM from its orders).
 */
export function assignCustomer(
  models: SegmentationModels,
  features: Readonly<Record<string, number>>,
): CustomerAssignment {
  if (models?.kind !== "segmentation-models") {
    throw new SegmentationError(
      "INVALID_MODEL",
      "not stored segmentation models (kind must be segmentation-models)",
    );
  }
  const values = models.featureNames.map((name) => {
    const value = features[name];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new SegmentationError(
        "NON_NUMERIC_VALUE",
        `feature "${name}" of the customer is missing or not a finite number`,
      );
    }
    return value;
  });
  const scaled = Scaler.fromJSON(models.scaler).transform(matrixFromRows([values]));
  const kmeans = KMeansModel.fromJSON(models.kmeans);
  const [segment] = kmeans.predict(scaled);
  const { cols, data } = kmeans.centroids;
  const distances = Array.from({ length: kmeans.k }, (_, c) => {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += (scaled.data[j] - data[c * cols + j]) ** 2;
    return Math.sqrt(sum);
  });
  const why = explainRecord(
    DecisionTree.fromJSON(models.tree),
    Object.fromEntries(models.featureNames.map((name, j) => [name, values[j]])),
  );
  return {
    segment,
    name: models.segmentNames[segment] ?? `Segment ${segment}`,
    distance: distances[segment],
    distances,
    why,
  };
}
