import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { createGraphqlHardening, graphqlLimits } from "./graphql-limits";

/** A recursive schema, so documents of any depth and cost are valid apart from our limits. */
const schema = buildSchema(`
  type Node { child: Node, value: Int, name: String }
  type Query { node: Node }
  type Mutation { login(email: String!, password: String!): Boolean, logout: Boolean }
`);

function errorsOf(document: string): string[] {
  const { validationRules } = createGraphqlHardening();
  return validate(schema, parse(document, { maxTokens: graphqlLimits.maxTokens }), [
    ...specifiedRules,
    ...validationRules,
  ]).map((error) => error.message);
}

function chain(depth: number, leaves: string): string {
  return `{ node ${"{ child ".repeat(depth - 2)}{ ${leaves} } ${"} ".repeat(depth - 2)}}`;
}

describe("pinned GraphQL limits", () => {
  it("allows depth 10 and refuses depth 11", () => {
    expect(errorsOf(chain(10, "value"))).toEqual([]);
    expect(errorsOf(chain(11, "value")).join()).toMatch(/Query depth limit of 10 exceeded, found 11/);
  });

  it("refuses a document whose static cost is over 5,000 even when it is shallow enough", () => {
    // 90 scalars at depth 8 (×1.5^8 ≈ 25.6 each) cost about 2,300: allowed; 150 at depth 9 about 5,800: refused.
    const fields = (count: number) =>
      Array.from({ length: count }, (_, index) => (index % 2 ? "value" : "name")).join(" ");
    expect(errorsOf(chain(8, fields(90)))).toEqual([]);
    expect(errorsOf(chain(10, fields(150))).join()).toMatch(/Query Cost limit of 5000 exceeded/);
  });

  it("refuses two logins in one operation, directly, aliased or through fragments, but allows one", () => {
    expect(errorsOf('mutation { login(email: "a", password: "b") logout }')).toEqual([]);
    expect(
      errorsOf('mutation { a: login(email: "a", password: "b") b: login(email: "a", password: "c") }'),
    ).toEqual(["The login mutation may appear at most once per operation."]);
    expect(
      errorsOf(
        'mutation { ...One ...Two } fragment One on Mutation { login(email: "a", password: "b") } fragment Two on Mutation { x: login(email: "a", password: "c") }',
      ),
    ).toEqual(["The login mutation may appear at most once per operation."]);
    expect(
      errorsOf(
        'mutation { ... on Mutation { login(email: "a", password: "b") } y: login(email: "a", password: "c") }',
      ),
    ).toEqual(["The login mutation may appear at most once per operation."]);
  });

  it("stops parsing at 2,000 tokens", () => {
    expect(() =>
      parse(`{ node { ${"value ".repeat(graphqlLimits.maxTokens)} } }`, {
        maxTokens: graphqlLimits.maxTokens,
      }),
    ).toThrow(/contains more th[ae][nt] 2000 tokens/);
  });
});
