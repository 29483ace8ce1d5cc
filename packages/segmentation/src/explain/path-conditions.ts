import type { RuleCondition } from "./explanation-types";
import { describeCategories, describeRange } from "./format-condition";
import type { FeatureMeta } from "./tree-columns";
import type { TreeNode } from "./tree-node";

/** One branch taken on the way down: node `node` and whether the row went left. */
export interface Branch {
  node: number;
  left: boolean;
}

/**
 * Merges the branches of a root-to-node path into one condition per feature, in the order the
 * features first appear: repeated thresholds on a feature become one range (the tightest bounds),
 * repeated category tests become the intersection of the allowed categories.
 */
export function pathConditions(
  nodes: readonly TreeNode[],
  features: readonly FeatureMeta[],
  path: readonly Branch[],
): RuleCondition[] {
  const order: number[] = [];
  const ranges = new Map<number, { min?: number; max?: number }>();
  const allowed = new Map<number, Set<number>>();
  for (const { node: index, left } of path) {
    const node = nodes[index];
    const f = node.feature;
    if (!order.includes(f)) order.push(f);
    if (node.leftCategories) {
      const all = features[f].categories ?? [];
      const side = new Set(
        left
          ? node.leftCategories
          : all.map((_, code) => code).filter((code) => !node.leftCategories!.includes(code)),
      );
      const previous = allowed.get(f);
      allowed.set(f, previous ? new Set([...previous].filter((code) => side.has(code))) : side);
    } else {
      const range = ranges.get(f) ?? {};
      if (left) range.max = range.max === undefined ? node.threshold : Math.min(range.max, node.threshold);
      else range.min = range.min === undefined ? node.threshold : Math.max(range.min, node.threshold);
      ranges.set(f, range);
    }
  }
  return order.map((f): RuleCondition => {
    const meta = features[f];
    const codes = allowed.get(f);
    if (codes) {
      const categories = [...codes].sort((a, b) => a - b).map((code) => meta.categories![code]);
      return { feature: meta.name, kind: "in", categories, text: describeCategories(meta, categories) };
    }
    const { min, max } = ranges.get(f)!;
    return {
      feature: meta.name,
      kind: "range",
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
      text: describeRange(meta, min, max),
    };
  });
}
