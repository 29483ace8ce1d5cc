import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The JSON columns of a segment, each behind the GraphQL fields that need it. */
export const heavySegmentColumns = [
  "centroid",
  "profile",
  "rules",
  "associationRules",
  "suggestedPlan",
] as const;
export type HeavySegmentColumn = (typeof heavySegmentColumns)[number];

const columnOfField: Record<string, HeavySegmentColumn> = {
  centroid: "centroid",
  profile: "profile",
  standOut: "profile",
  rules: "rules",
  associationRules: "associationRules",
  suggestedPlan: "suggestedPlan",
};

/**
 * The heavy JSON columns a query really asks for on the segments it returns. A list that shows names and
 * sizes must not fetch and decode every segment's profile (tens of kilobytes each): under load that decoding
 * was most of the segment list's cost. Fragments and inline fragments are followed; without `info`
 * (a caller outside GraphQL) every column is needed.
 */
export function requestedSegmentColumns(info?: GraphQLResolveInfo): Set<HeavySegmentColumn> {
  if (!info) return new Set(Object.values(columnOfField));
  const columns = new Set<HeavySegmentColumn>();
  for (const node of info.fieldNodes)
    if (node.selectionSet) collect(node.selectionSet, info.fragments, columns, new Set());
  return columns;
}

function collect(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  columns: Set<HeavySegmentColumn>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const column = columnOfField[selection.name.value];
      if (column) columns.add(column);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, fragments, columns, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment spread twice is read once (validation already refuses cycles; this is belt and braces).
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      collect(fragment.selectionSet, fragments, columns, seen);
    }
  }
}
