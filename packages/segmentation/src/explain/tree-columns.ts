import { SegmentationError } from "../errors";
import type { FeatureKind, FeatureTable } from "./feature-table";

/** What a fitted tree remembers about each training feature, to read new tables and write rules. */
export interface FeatureMeta {
  name: string;
  kind: FeatureKind;
  /** Category names, in the codes the tree's splits use (categorical only). */
  categories?: string[];
  /** True when every training value was a whole number, so "≤ 5.5" can read "≤ 5" (numeric only). */
  integer?: boolean;
}

/** A table's columns lined up with a tree's features: numbers, or category codes in the tree's coding (-1 = unseen). */
export type TreeColumns = Array<Float64Array | Int32Array>;

export function describeFeatures(table: FeatureTable): FeatureMeta[] {
  return table.features.map((feature) => {
    if (feature.kind === "categorical")
      return { name: feature.name, kind: feature.kind, categories: [...feature.categories] };
    return { name: feature.name, kind: feature.kind, integer: feature.values.every(Number.isInteger) };
  });
}

/**
 * Finds each of the tree's features in `table` by name and recodes categories by name, so a table
 * built separately (other column order, other category order) is read correctly.
 */
export function alignColumns(features: readonly FeatureMeta[], table: FeatureTable): TreeColumns {
  const byName = new Map(table.features.map((feature) => [feature.name, feature]));
  return features.map((meta) => {
    const feature = byName.get(meta.name);
    if (!feature)
      throw new SegmentationError(
        "INVALID_INPUT",
        `the table has no feature "${meta.name}" that the tree uses`,
      );
    if (feature.kind !== meta.kind) {
      throw new SegmentationError(
        "INVALID_INPUT",
        `feature "${meta.name}" is ${feature.kind} but the tree was fitted on ${meta.kind} values`,
      );
    }
    if (feature.kind === "numeric") return feature.values;
    const known = new Map((meta.categories ?? []).map((name, code) => [name, code]));
    const recode = feature.categories.map((name) => known.get(name) ?? -1);
    return feature.codes.map((code) => recode[code]);
  });
}
