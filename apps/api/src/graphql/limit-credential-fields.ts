import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ASTVisitor } from "graphql";

/**
 * Root fields that check a password. Each may run at most once per operation: with aliases or repeated
 * fragments one request could otherwise try many passwords while paying one HTTP round trip.
 */
export const credentialFields = ["login", "createOwner", "changeOwnPassword"] as const;

export function limitCredentialFields(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== "mutation") return;
      const counts = new Map<string, number>();
      countRootFields(context, operation.selectionSet, counts, new Set());
      for (const field of credentialFields) {
        if ((counts.get(field) ?? 0) > 1) {
          context.reportError(
            new GraphQLError(`The ${field} mutation may appear at most once per operation.`, {
              nodes: [operation],
              extensions: { code: "BAD_USER_INPUT" },
            }),
          );
        }
      }
    },
  };
}

function countRootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  counts: Map<string, number>,
  seenFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(context, selection.selectionSet, counts, seenFragments);
    } else {
      // The same fragment spread twice counts twice; a spread cycle is reported by graphql's own rules.
      const name = selection.name.value;
      if (seenFragments.has(name)) continue;
      const fragment = context.getFragment(name);
      if (!fragment) continue;
      countRootFields(context, fragment.selectionSet, counts, new Set([...seenFragments, name]));
    }
  }
}
