import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth-checker";
import { resolvers } from "./resolvers";

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function buildGraphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
  });
  return built;
}
