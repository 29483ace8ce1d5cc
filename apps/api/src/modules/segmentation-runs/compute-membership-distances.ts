import { Scaler, type SegmentationResult } from "@seglens/segmentation";
import type { LoadedFeatureTable } from "./load-feature-table";

/** Each customer's distance to its segment's centroid, in the run's scaled space (as real-time scoring measures it). */
export function computeMembershipDistances(
  table: LoadedFeatureTable,
  result: SegmentationResult,
): Float64Array {
  const { featureNames } = result.models;
  const { labels } = result;
  const columns = featureNames.map((name) => table.names.indexOf(name));
  const rows = table.ids.length;
  const cols = columns.length;
  const selected = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < cols; c++) selected[i * cols + c] = table.values[i * table.names.length + columns[c]];
  }
  const scaled = Scaler.fromJSON(result.models.scaler).transform({ rows, cols, data: selected });
  const centroids = result.models.kmeans.centroids;
  const distances = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const centroid = centroids[labels[i]];
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += (scaled.data[i * cols + c] - centroid[c]) ** 2;
    distances[i] = Math.sqrt(sum);
  }
  return distances;
}
