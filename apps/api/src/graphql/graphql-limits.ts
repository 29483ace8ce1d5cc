import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import { limitCredentialFields } from "./limit-credential-fields";

/**
 * Pinned limits on what one GraphQL document may ask for. The dashboard's largest operation (a page of
 * customers with orders, segment and explanation) stays well inside them; a hostile document does not.
 */
export const graphqlLimits = {
  /** Nesting of selections (introspection excluded so tooling still works where introspection is on). */
  maxDepth: 10,
  /** Aliased fields per document: aliases are how one request repeats an expensive field. */
  maxAliases: 15,
  /** Lexical tokens per document, checked by graphql-js's parser itself, which stops at the limit. */
  maxTokens: 2_000,
  /** Directives per document. */
  maxDirectives: 10,
  /** graphql-armor's static cost: 2 per object, 1 per scalar, ×1.5 per level of depth. */
  maxCost: 5_000,
} as const;

export interface GraphqlHardening {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
}

/**
 * graphql-armor's depth, alias, directive and cost limits plus our one-login-per-operation rule. The
 * token limit uses graphql-js's own parse option: armor's token plugin throws from a hook, which Apollo 5
 * turns into a 500 instead of a 400 naming the limit.
 */
export function createGraphqlHardening(): GraphqlHardening {
  const armor = new ApolloArmor({
    maxDepth: { n: graphqlLimits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: graphqlLimits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: graphqlLimits.maxDirectives },
    costLimit: {
      maxCost: graphqlLimits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    validationRules: [...protection.validationRules, limitCredentialFields],
    plugins: protection.plugins,
    parseOptions: { maxTokens: graphqlLimits.maxTokens },
  };
}
