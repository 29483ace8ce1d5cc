import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from "graphql";
import { requestedSegmentColumns } from "./requested-segment-columns";

/** The parts of a resolve info the function reads, built from a document whose first field is `segments`. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe("requestedSegmentColumns", () => {
  it("reads no JSON column for a list of names and sizes", () => {
    expect([
      ...requestedSegmentColumns(infoOf("query { segments { id name size archetype share } }")),
    ]).toEqual([]);
  });

  it("maps fields to their columns: standOut lives in profile", () => {
    const columns = requestedSegmentColumns(
      infoOf("query { segments { id standOut { feature } suggestedPlan { kpi } } }"),
    );
    expect([...columns].sort()).toEqual(["profile", "suggestedPlan"]);
  });

  it("follows named fragments (also nested and repeated) and inline fragments", () => {
    const document = `query { segments { id ...Card ... on Segment { centroid { feature } } ...Card } }
      fragment Card on Segment { name ...Deep }
      fragment Deep on Segment { rules { text } associationRules { lift } }`;
    expect([...requestedSegmentColumns(infoOf(document))].sort()).toEqual([
      "associationRules",
      "centroid",
      "rules",
    ]);
  });

  it("goes by field names, not aliases, and not into nested fields", () => {
    expect([
      ...requestedSegmentColumns(
        infoOf("query { segments { profile: name rules: size members(first: 1) { totalCount } } }"),
      ),
    ]).toEqual([]);
    expect([...requestedSegmentColumns(infoOf("query { segments { stats: profile } }"))]).toEqual([
      "profile",
    ]);
  });

  it("reads every column when called outside GraphQL", () => {
    expect([...requestedSegmentColumns()].sort()).toEqual([
      "associationRules",
      "centroid",
      "profile",
      "rules",
      "suggestedPlan",
    ]);
  });
});
