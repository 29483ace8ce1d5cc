import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { createTestApi, type TestApi } from "../testing/create-test-api";
import { buildGraphqlSchema } from "./build-graphql-schema";
import { apiKeyScopes, isPermission, rolePermissions, type Permission } from "./permissions";
import type { Viewer } from "./viewer";

/** The only operations an anonymous caller may run. Everything else must answer UNAUTHENTICATED. */
const publicOperations = new Set(["health", "login", "setupStatus", "createOwner", "me"]);

interface Operation {
  kind: "query" | "mutation";
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

const dummyScalars: Record<string, unknown> = {
  String: "x",
  ID: "00000000-0000-4000-8000-000000000000",
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTimeISO: "2030-01-01T00:00:00.000Z",
  DateTime: "2030-01-01T00:00:00.000Z",
  Date: "2030-01-01",
  JSON: {},
  JSONObject: {},
};

/** A value of the input type that passes GraphQL's own coercion, so only our checks can refuse it. */
function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value as unknown;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((field) => [field.name, dummyValue(field.type)]));
  }
  if (isScalarType(type)) return type.name in dummyScalars ? dummyScalars[type.name] : "x";
  throw new Error(`no dummy value for ${String(type)}`);
}

/** A minimal valid document for one root field: required arguments as variables, `__typename` as selection. */
function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): Operation {
  const required = field.args.filter(
    (argument) => isNonNullType(argument.type) && argument.defaultValue === undefined,
  );
  const declarations = required.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(", ");
  const argumentsText = required.map((argument) => `${argument.name}: $${argument.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return {
    kind,
    name: field.name,
    document: `${kind} Probe${declarations ? `(${declarations})` : ""} { ${field.name}${argumentsText ? `(${argumentsText})` : ""}${selection} }`,
    variables: Object.fromEntries(required.map((argument) => [argument.name, dummyValue(argument.type)])),
  };
}

function allOperations(schema: GraphQLSchema): Operation[] {
  const roots: ["query" | "mutation", GraphQLObjectType | null | undefined][] = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    root ? Object.values(root.getFields()).map((field) => operationFor(kind, field)) : [],
  );
}

/** The permissions each root field declares with @Authorized, read from type-graphql's metadata. */
function declaredPermissions(): Map<string, Permission[] | undefined> {
  const storage = getMetadataStorage();
  const declared = new Map<string, Permission[] | undefined>();
  for (const resolver of [...storage.queries, ...storage.mutations]) {
    const authorized = storage.authorizedFields.find(
      (entry) => entry.target === resolver.target && entry.fieldName === resolver.methodName,
    );
    const roles = (authorized?.roles ?? []) as string[];
    declared.set(resolver.schemaName, authorized ? roles.filter(isPermission) : undefined);
  }
  return declared;
}

describe("operation matrix: every query and mutation in the schema", () => {
  let api: TestApi;
  let operations: Operation[];
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    operations = allOperations(await buildGraphqlSchema());
  });
  afterAll(async () => {
    await api?.close();
  });

  it("finds the operations from the schema, including the public ones", () => {
    const names = new Set(operations.map((operation) => operation.name));
    for (const name of publicOperations) expect(names).toContain(name);
    expect(operations.length).toBeGreaterThan(publicOperations.size + 10);
  });

  it("declares @Authorized on every operation except the public ones", () => {
    const declared = declaredPermissions();
    const undeclared = operations
      .filter((operation) => !publicOperations.has(operation.name) && !declared.has(operation.name))
      .map((operation) => operation.name);
    const missing = operations
      .filter(
        (operation) => !publicOperations.has(operation.name) && declared.get(operation.name) === undefined,
      )
      .map((operation) => operation.name);
    expect({ undeclared, missing }).toEqual({ undeclared: [], missing: [] });
  });

  it("refuses every non-public operation to an anonymous caller with UNAUTHENTICATED (in-process and over HTTP)", async () => {
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => !publicOperations.has(candidate.name))) {
      const inProcess = await api.execute(operation.document, operation.variables);
      const overHttp = await api.post(operation.document, operation.variables);
      for (const [channel, result] of [
        ["in-process", inProcess],
        ["HTTP", overHttp.body],
      ] as const) {
        const code = result.errors?.[0]?.extensions?.code;
        if (code !== "UNAUTHENTICATED" || result.data?.[operation.name] != null) {
          failures.push(
            `${operation.kind} ${operation.name} (${channel}): ${code ?? "no error"} ${result.errors?.[0]?.message ?? ""}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses each role and the widest API key every operation whose permission it lacks, with FORBIDDEN", async () => {
    const declared = declaredPermissions();
    const callers: [string, Viewer, readonly Permission[]][] = [
      ...(["VIEWER", "ANALYST", "OWNER"] as const).map((role): [string, Viewer, readonly Permission[]] => [
        role,
        {
          kind: "user",
          userId: "00000000-0000-4000-8000-00000000000a",
          email: "r@example.com",
          role,
          sessionId: "test",
        },
        rolePermissions[role],
      ]),
      [
        "API key",
        {
          kind: "apiKey",
          apiKeyId: "00000000-0000-4000-8000-00000000000b",
          ownerId: "00000000-0000-4000-8000-00000000000a",
          scopes: apiKeyScopes,
        },
        apiKeyScopes,
      ],
    ];
    const failures: string[] = [];
    let refusals = 0;
    for (const [label, viewer, granted] of callers) {
      for (const operation of operations) {
        const needed = declared.get(operation.name) ?? [];
        const lacking = needed.filter((permission) => !granted.includes(permission));
        if (lacking.length === 0) continue;
        refusals += 1;
        const result = await api.execute(operation.document, operation.variables, viewer);
        const error = result.errors?.[0];
        if (error?.extensions?.code !== "FORBIDDEN" || !error.message.includes(lacking[0])) {
          failures.push(
            `${label} → ${operation.name}: ${error?.extensions?.code ?? "no error"} ${error?.message ?? ""}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    // Viewers lack every write, analysts users and keys, keys privacy/audit/users/keys: some refusals must exist.
    expect(refusals).toBeGreaterThan(10);
  });
});
