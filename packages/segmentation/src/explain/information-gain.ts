import { SegmentationError } from "../errors";
import { impurity } from "./impurity";

/** Shannon entropy (bits) of a list of labels, as in ID3. */
export function entropyOf(labels: ArrayLike<number | string>): number {
  const counts = [...countValues(labels).values()];
  return impurity(counts, labels.length, "entropy");
}

/**
 * ID3's information gain of splitting `labels` by the categories of `feature`:
 * H(labels) − Σ_v (|S_v| / |S|) · H(labels in S_v).
 */
export function informationGain(
  feature: ArrayLike<number | string>,
  labels: ArrayLike<number | string>,
): number {
  if (feature.length !== labels.length) {
    throw new SegmentationError(
      "INVALID_INPUT",
      `feature has ${feature.length} values but there are ${labels.length} labels`,
    );
  }
  if (labels.length === 0)
    throw new SegmentationError("TOO_FEW_ROWS", "information gain needs at least one row");
  const groups = new Map<number | string, Array<number | string>>();
  for (let i = 0; i < feature.length; i++) {
    const group = groups.get(feature[i]);
    if (group) group.push(labels[i]);
    else groups.set(feature[i], [labels[i]]);
  }
  let remainder = 0;
  for (const group of groups.values()) remainder += (group.length / labels.length) * entropyOf(group);
  return entropyOf(labels) - remainder;
}

function countValues(values: ArrayLike<number | string>): Map<number | string, number> {
  const counts = new Map<number | string, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i], (counts.get(values[i]) ?? 0) + 1);
  return counts;
}
