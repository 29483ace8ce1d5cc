import type { Viewer } from "../../graphql/viewer";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import {
  createViewer,
  runToSuccess,
  seedThreeGroups,
  type SeededGroups,
} from "../segmentation-runs/test-fixtures/seed-three-groups";
import { createTestUser } from "../auth/create-test-user";
import { explainCustomer } from "./explain-customer";

const segmentQuery = `query S($id: ID!, $first: Int!, $after: String) {
  segment(id: $id) {
    id name description size share archetype
    centroid { feature value }
    profile
    standOut { feature segmentMean overallMean ratio effectSize }
    rules { text coverage precision conditions { feature min max categories text } }
    suggestedPlan { objective kpi channels budgetShare }
    members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { customerId externalId distance source } } }
  }
}`;

interface SegmentResult {
  id: string;
  name: string;
  size: number;
  centroid: Array<{ feature: string; value: number }>;
  profile: { numeric: Record<string, { count: number; mean: number }> };
  standOut: Array<{ feature: string; segmentMean: number; overallMean: number }>;
  rules: Array<{
    text: string;
    coverage: number;
    precision: number;
    conditions: Array<{
      feature: string;
      min: number | null;
      max: number | null;
      categories: string[] | null;
      text: string;
    }>;
  }>;
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { customerId: number; externalId: string; distance: number; source: string } }>;
  };
}

describe("segments", () => {
  let api: TestApi;
  let analyst: Viewer;
  let viewerRole: Viewer;
  let groups: SeededGroups;
  let runId: string;

  beforeAll(async () => {
    api = await createTestApi();
    analyst = await createViewer(api.prisma, "ANALYST");
    viewerRole = await createViewer(api.prisma, "VIEWER");
    groups = await seedThreeGroups(api.prisma, 40);
    runId = await runToSuccess(api, analyst, { name: "segments test", k: 3, seed: 1, restarts: 3 });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("lists the active run's segments by default and a given run's on request", async () => {
    const byDefault = await api.execute<{ segments: Array<{ runId: string; size: number }> }>(
      `query { segments { runId size } }`,
      {},
      viewerRole,
    );
    expect(byDefault.errors).toBeUndefined();
    expect(byDefault.data!.segments.map((segment) => segment.size)).toEqual([40, 40, 40]);
    expect(new Set(byDefault.data!.segments.map((segment) => segment.runId))).toEqual(new Set([runId]));
    const unknown = await api.execute(
      `query R($runId: ID) { segments(runId: $runId) { id } }`,
      { runId: "4b2a7a4e-0000-4000-8000-000000000000" },
      viewerRole,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("lists segments with only the fields asked for, and with every JSON field when asked through fragments", async () => {
    const light = await api.execute<{ segments: Array<Record<string, unknown>> }>(
      `query { segments { id name size } }`,
      {},
      viewerRole,
    );
    expect(light.errors).toBeUndefined();
    expect(light.data!.segments.map((segment) => Object.keys(segment).sort())).toEqual([
      ["id", "name", "size"],
      ["id", "name", "size"],
      ["id", "name", "size"],
    ]);
    // The same JSON fields through a named fragment (list) and directly (one segment) must agree.
    const heavyFields =
      "centroid { feature value } profile standOut { feature effectSize } rules { text coverage } associationRules { lift } suggestedPlan { objective }";
    const listed = await api.execute<{ segments: Array<Record<string, unknown> & { id: string }> }>(
      `query { segments { id ...Heavy } } fragment Heavy on Segment { ${heavyFields} }`,
      {},
      viewerRole,
    );
    expect(listed.errors).toBeUndefined();
    for (const segment of listed.data!.segments) {
      const single = await api.execute<{ segment: Record<string, unknown> }>(
        `query S($id: ID!) { segment(id: $id) { id ${heavyFields} } }`,
        { id: segment.id },
        viewerRole,
      );
      expect(segment).toEqual(single.data!.segment);
      expect((segment.centroid as unknown[]).length).toBeGreaterThan(0);
      expect((segment.rules as unknown[]).length).toBeGreaterThan(0);
      expect(Object.keys((segment.profile as { numeric: object }).numeric).length).toBeGreaterThan(0);
    }
    // Another shape of the same list right after the first (each shape is its own statement).
    const withoutPlan = await api.execute<{ segments: Array<{ id: string; rules: unknown[] }> }>(
      `query { segments { id centroid { feature value } profile rules { text coverage } associationRules { lift } } }`,
      {},
      viewerRole,
    );
    expect(withoutPlan.errors).toBeUndefined();
    expect(withoutPlan.data!.segments.map((segment) => segment.rules)).toEqual(
      listed.data!.segments.map((segment) => segment.rules),
    );
    // A run's segments field reads the columns its query asks for too.
    const viaRun = await api.execute<{
      segmentationRun: { segments: Array<{ id: string; rules: unknown[] }> };
    }>(
      `query R($id: ID!) { segmentationRun(id: $id) { segments { id ... on Segment { rules { text coverage } } } } }`,
      { id: runId },
      viewerRole,
    );
    expect(viaRun.data!.segmentationRun.segments.map((segment) => segment.rules)).toEqual(
      listed.data!.segments.map((segment) => segment.rules),
    );
  });

  it("answers many segment lists at once over HTTP (several read-pool connections, both database modes)", async () => {
    const { cookie } = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        api.post(
          index % 2 === 0
            ? "query { segments { id name size } }"
            : "query { segments { id rules { text } } }",
          {},
          { cookie },
        ),
      ),
    );
    expect(answers.map((answer) => answer.body.errors)).toEqual(Array(12).fill(undefined));
    expect(answers.map((answer) => (answer.body.data as { segments: unknown[] }).segments.length)).toEqual(
      Array(12).fill(3),
    );
  });

  it("returns a segment's profile, stand-out features, rules and paginated members", async () => {
    const championId = groups.members.champions[0];
    const membership = await api.prisma.segmentMembership.findUniqueOrThrow({
      where: { runId_customerId: { runId, customerId: championId } },
    });
    const first = await api.execute<{ segment: SegmentResult }>(
      segmentQuery,
      { id: membership.segmentId, first: 25 },
      analyst,
    );
    expect(first.errors).toBeUndefined();
    const segment = first.data!.segment;
    expect(segment.size).toBe(40);
    // The champions' centroid: 10 orders each.
    expect(segment.centroid.find((entry) => entry.feature === "frequency")?.value).toBeCloseTo(10, 9);
    expect(segment.profile.numeric.frequency).toMatchObject({ count: 40, mean: 10 });
    const frequency = segment.standOut.find((entry) => entry.feature === "frequency");
    expect(frequency?.segmentMean).toBeCloseTo(10, 9);
    expect(frequency?.overallMean).toBeCloseTo(5, 9);
    expect(segment.rules[0]).toMatchObject({ coverage: 1, precision: 1 });
    // Structured conditions beside the text: each is a numeric range or a category list, and the
    // rule's text is their texts joined.
    const conditions = segment.rules[0].conditions;
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.map((condition) => condition.text).join(" and ")).toBe(segment.rules[0].text);
    for (const condition of conditions) {
      const ranged = condition.min !== null || condition.max !== null;
      expect(ranged !== (condition.categories !== null)).toBe(true);
      expect(condition.text).toContain(condition.feature);
    }

    expect(segment.members.totalCount).toBe(40);
    expect(segment.members.edges).toHaveLength(25);
    expect(segment.members.pageInfo.hasNextPage).toBe(true);
    const distances = segment.members.edges.map((edge) => edge.node.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const second = await api.execute<{ segment: SegmentResult }>(
      segmentQuery,
      { id: membership.segmentId, first: 25, after: segment.members.pageInfo.endCursor },
      analyst,
    );
    const rest = second.data!.segment.members;
    expect(rest.edges).toHaveLength(15);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = new Set([...segment.members.edges, ...rest.edges].map((edge) => edge.node.customerId));
    expect(all).toEqual(new Set(groups.members.champions));

    const tooMany = await api.execute(segmentQuery, { id: membership.segmentId, first: 101 }, analyst);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const unknown = await api.execute(segmentQuery, { id: "not-a-uuid", first: 1 }, analyst);
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("renames a segment with an audit entry, refusing blank names and viewers", async () => {
    const segment = await api.prisma.segment.findFirstOrThrow({ where: { runId, clusterIndex: 0 } });
    const mutation = `mutation U($id: ID!, $name: String, $description: String) { updateSegment(id: $id, name: $name, description: $description) { name description } }`;
    const renamed = await api.execute(
      mutation,
      { id: segment.id, name: "  VIPs ", description: "Our best." },
      analyst,
    );
    expect(renamed.data).toEqual({ updateSegment: { name: "VIPs", description: "Our best." } });
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "segment.update", entityId: segment.id },
    });
    expect(audit.details).toMatchObject({ before: { name: segment.name }, after: { name: "VIPs" } });

    const blank = await api.execute(mutation, { id: segment.id, name: "   " }, analyst);
    expect(blank.errors?.[0]).toMatchObject({
      message: "name must be 1 to 120 characters.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const forbidden = await api.execute(mutation, { id: segment.id, name: "x" }, viewerRole);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("explains why a customer is in their segment with their actual values", async () => {
    const customerId = groups.members.lapsed[3];
    const explanation = await explainCustomer({ prisma: api.prisma, customerId });
    const membership = await api.prisma.segmentMembership.findUniqueOrThrow({
      where: { runId_customerId: { runId, customerId } },
    });
    expect(explanation?.segment.id).toBe(membership.segmentId);
    expect(explanation?.rulesAgree).toBe(true);
    expect(explanation!.steps.length).toBeGreaterThan(0);
    expect(explanation!.text).toBe(explanation!.steps.map((step) => step.condition).join(" and "));
    // Lapsed customers ordered once: any frequency condition shows the value 1.
    for (const step of explanation!.steps) if (step.feature === "frequency") expect(step.value).toBe("1");
    expect(await explainCustomer({ prisma: api.prisma, customerId: 987_654 })).toBeNull();
  });

  it("exports a segment's members as CSV over HTTP, with spreadsheet formulas neutralised", async () => {
    const customerId = groups.members.regulars[0];
    await api.prisma.customer.update({
      where: { id: customerId },
      data: { name: '=HYPERLINK("http://x","y")' },
    });
    const membership = await api.prisma.segmentMembership.findUniqueOrThrow({
      where: { runId_customerId: { runId, customerId } },
    });
    const { cookie } = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    const response = await fetch(`${api.url}/segments/${membership.segmentId}/members.csv`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("customer_id,external_id,email,name,distance,source");
    expect(lines).toHaveLength(41);
    const row = lines.find((line) => line.startsWith(`${customerId},`));
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(
      await api.prisma.auditLog.count({
        where: { action: "segment.exportMembers", entityId: membership.segmentId },
      }),
    ).toBe(1);

    const anonymous = await fetch(`${api.url}/segments/${membership.segmentId}/members.csv`);
    expect(anonymous.status).toBe(401);
    const unknown = await fetch(`${api.url}/segments/00000000-0000-4000-8000-000000000000/members.csv`, {
      headers: { cookie },
    });
    expect(unknown.status).toBe(404);
    expect(
      ((await unknown.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions
        .code,
    ).toBe("NOT_FOUND");
  });
});
