import { createRequire } from "node:module";
import path from "node:path";
import { repositoryRoot } from "./api-process";

/** The few graphql-js shapes read here; graphql is a dependency of the API, not of this workspace. */
interface NamedType {
  name: string;
  toString(): string;
}
interface InputField {
  name: string;
  type: InputTypeLike;
  defaultValue?: unknown;
}
type InputTypeLike = NamedType & {
  ofType?: InputTypeLike;
  getValues?: () => { value: unknown }[];
  getFields?: () => Record<string, InputField>;
};
interface FieldLike {
  name: string;
  args: InputField[];
  type: NamedType;
}
interface RootTypeLike {
  getFields(): Record<string, FieldLike>;
}
interface SchemaLike {
  getQueryType(): RootTypeLike | null | undefined;
  getMutationType(): RootTypeLike | null | undefined;
}
interface GraphqlModule {
  isNonNullType(type: unknown): boolean;
  isListType(type: unknown): boolean;
  isEnumType(type: unknown): boolean;
  isInputObjectType(type: unknown): boolean;
  isScalarType(type: unknown): boolean;
  isCompositeType(type: unknown): boolean;
  getNamedType(type: unknown): unknown;
  printSchema(schema: SchemaLike): string;
}
interface MetadataStorage {
  queries: { target: unknown; methodName: string; schemaName: string }[];
  mutations: { target: unknown; methodName: string; schemaName: string }[];
  authorizedFields: { target: unknown; fieldName: string; roles: unknown[] }[];
}

export interface Operation {
  kind: "query" | "mutation";
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** Permissions declared with @Authorized; [] = any signed-in caller; null = none declared (public). */
  permissions: string[] | null;
}

const apiRequire = createRequire(path.join(repositoryRoot, "apps", "api", "package.json"));

const dummyScalars: Record<string, unknown> = {
  String: "x",
  ID: "00000000-0000-4000-8000-000000000000",
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTimeISO: "2031-01-01T00:00:00.000Z",
  JSONObject: {},
};

/**
 * Every query and mutation of the BUILT API (apps/api/dist), each as a minimal valid document with its
 * required arguments as variables, plus the permission its resolver declares (type-graphql metadata).
 */
export async function discoverOperations(): Promise<Operation[]> {
  const graphql = apiRequire("graphql") as GraphqlModule;
  const { buildGraphqlSchema } = apiRequire("./dist/graphql/build-graphql-schema.js") as {
    buildGraphqlSchema(): Promise<SchemaLike>;
  };
  const { getMetadataStorage } = apiRequire("type-graphql") as { getMetadataStorage(): MetadataStorage };
  const schema = await buildGraphqlSchema();
  const storage = getMetadataStorage();

  const permissionsOf = (name: string): string[] | null => {
    const resolver = [...storage.queries, ...storage.mutations].find((entry) => entry.schemaName === name);
    const authorized =
      resolver &&
      storage.authorizedFields.find(
        (entry) => entry.target === resolver.target && entry.fieldName === resolver.methodName,
      );
    return authorized ? authorized.roles.map(String) : null;
  };

  const dummyValue = (type: InputTypeLike): unknown => {
    if (graphql.isNonNullType(type) && type.ofType) return dummyValue(type.ofType);
    if (graphql.isListType(type)) return [];
    if (graphql.isEnumType(type) && type.getValues) return type.getValues()[0].value;
    if (graphql.isInputObjectType(type) && type.getFields) {
      const fields = Object.values(type.getFields()).filter(
        (field) => graphql.isNonNullType(field.type) && field.defaultValue === undefined,
      );
      return Object.fromEntries(fields.map((field) => [field.name, dummyValue(field.type)]));
    }
    return type.name in dummyScalars ? dummyScalars[type.name] : "x";
  };

  const roots: ["query" | "mutation", RootTypeLike | null | undefined][] = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field): Operation => {
      const required = field.args.filter(
        (argument) => graphql.isNonNullType(argument.type) && argument.defaultValue === undefined,
      );
      const declarations = required
        .map((argument) => `$${argument.name}: ${String(argument.type)}`)
        .join(", ");
      const argumentsText = required.map((argument) => `${argument.name}: $${argument.name}`).join(", ");
      const selection = graphql.isCompositeType(graphql.getNamedType(field.type)) ? " { __typename }" : "";
      return {
        kind,
        name: field.name,
        document: `${kind} Probe${declarations ? `(${declarations})` : ""} { ${field.name}${argumentsText ? `(${argumentsText})` : ""}${selection} }`,
        variables: Object.fromEntries(required.map((argument) => [argument.name, dummyValue(argument.type)])),
        permissions: permissionsOf(field.name),
      };
    }),
  );
}

/** The SDL of the built schema (for the random-document generator). */
export async function builtSchemaText(): Promise<string> {
  const graphql = apiRequire("graphql") as GraphqlModule;
  const { buildGraphqlSchema } = apiRequire("./dist/graphql/build-graphql-schema.js") as {
    buildGraphqlSchema(): Promise<SchemaLike>;
  };
  return graphql.printSchema(await buildGraphqlSchema());
}
