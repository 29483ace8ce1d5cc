import type { Viewer } from "../../graphql/viewer";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import {
  createViewer,
  runToSuccess,
  seedThreeGroups,
  type SeededGroups,
} from "../segmentation-runs/test-fixtures/seed-three-groups";

const day = 86_400_000;
const upsertMutation = `mutation Upsert($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { id externalId } }`;
const createOrderMutation = `mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { id total } }`;
const recordEventMutation = `mutation RecordEvent($input: RecordEventInput!) { recordEvent(input: $input) { id } }`;
const explanationQuery = `query Why($id: Int!) {
  customer(id: $id) {
    externalId
    segment { segmentId source }
    segmentExplanation { segment { id name } source distance text steps { feature condition value } rulesAgree }
  }
}`;

interface ExplanationResult {
  customer: {
    externalId: string;
    segment: { segmentId: string; source: string } | null;
    segmentExplanation: {
      segment: { id: string; name: string };
      source: string;
      distance: number;
      text: string;
      steps: { feature: string; condition: string; value: string }[];
      rulesAgree: boolean;
    } | null;
  } | null;
}

describe("real-time segments for customers, orders and events pushed through the API", () => {
  let api: TestApi;
  let analyst: Viewer;
  let reader: Viewer;
  let groups: SeededGroups;
  let runId: string;
  /** Segment id of each seeded group in the run. */
  const segmentOf: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi();
    analyst = await createViewer(api.prisma, "ANALYST");
    reader = await createViewer(api.prisma, "VIEWER");
    groups = await seedThreeGroups(api.prisma, 100);
    runId = await runToSuccess(api, analyst, { name: "three groups", k: 3, seed: 7, restarts: 5 });
    for (const [group, ids] of Object.entries(groups.members)) {
      const memberships = await api.prisma.segmentMembership.findMany({
        where: { runId, customerId: { in: ids } },
        select: { segmentId: true },
      });
      const segments = new Set(memberships.map((membership) => membership.segmentId));
      // The groups are far apart: each one is exactly one segment of the run.
      expect(segments.size).toBe(1);
      segmentOf[group] = [...segments][0];
    }
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  async function membershipOf(customerId: number) {
    return api.prisma.segmentMembership.findUnique({ where: { runId_customerId: { runId, customerId } } });
  }

  it("scores a customer pushed after the run, and moves it to the champions once its orders look like theirs", async () => {
    expect(new Set(Object.values(segmentOf)).size).toBe(3);
    expect((await api.prisma.segmentationRun.findUniqueOrThrow({ where: { id: runId } })).isActive).toBe(
      true,
    );

    const created = await api.execute<{ upsertCustomer: { id: number } }>(
      upsertMutation,
      {
        input: {
          externalId: "late-champion",
          email: "late@example.com",
          signupDate: new Date(Date.now() - 402 * day).toISOString(),
        },
      },
      analyst,
    );
    expect(created.errors).toBeUndefined();
    const customerId = created.data!.upsertCustomer.id;
    const first = await membershipOf(customerId);
    expect(first).toMatchObject({ source: "REALTIME" });

    // Ten orders of 200 over the last 60 days: the champions' shape (see seedThreeGroups).
    for (let order = 0; order < 10; order += 1) {
      const response = await api.execute(
        createOrderMutation,
        {
          input: {
            externalId: `late-${order}`,
            customerExternalId: "late-champion",
            orderedAt: new Date(Date.now() - (5 + order * 6) * day).toISOString(),
            lines: [{ sku: "GIFT", quantity: 1, unitPrice: 200 }],
          },
        },
        analyst,
      );
      expect(response.errors).toBeUndefined();
    }
    const afterOrders = await membershipOf(customerId);
    expect(afterOrders).toMatchObject({ source: "REALTIME", segmentId: segmentOf.champions });

    // A new event re-scores (the membership is written again); a repeated one does not.
    const event = {
      customerExternalId: "late-champion",
      type: "VIEW",
      occurredAt: new Date().toISOString(),
      properties: { sku: "GIFT" },
    };
    expect((await api.execute(recordEventMutation, { input: event }, analyst)).errors).toBeUndefined();
    const afterEvent = await membershipOf(customerId);
    expect(afterEvent!.assignedAt.getTime()).toBeGreaterThan(afterOrders!.assignedAt.getTime());
    expect((await api.execute(recordEventMutation, { input: event }, analyst)).errors).toBeUndefined();
    expect((await membershipOf(customerId))!.assignedAt.getTime()).toBe(afterEvent!.assignedAt.getTime());

    // The run's members are untouched: still placed by the run.
    expect(await api.prisma.segmentMembership.count({ where: { runId, source: "REALTIME" } })).toBe(1);
    expect(await api.prisma.segmentMembership.count({ where: { runId } })).toBe(groups.total + 1);
  });

  it("explains why a customer is in its segment, for a run member and for a customer scored in real time", async () => {
    const lapsedId = groups.members.lapsed[0];
    const lapsed = await api.execute<ExplanationResult>(explanationQuery, { id: lapsedId }, reader);
    expect(lapsed.errors).toBeUndefined();
    const explanation = lapsed.data!.customer!.segmentExplanation!;
    expect(explanation.segment.id).toBe(segmentOf.lapsed);
    expect(explanation.source).toBe("RUN");
    expect(explanation.steps.length).toBeGreaterThan(0);
    // The text is the steps' conditions in order.
    expect(explanation.text).toContain(explanation.steps[0].condition);
    expect(explanation.rulesAgree).toBe(true);

    const late = await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "late-champion" } });
    const realtime = await api.execute<ExplanationResult>(explanationQuery, { id: late.id }, reader);
    expect(realtime.data!.customer!.segmentExplanation).toMatchObject({
      source: "REALTIME",
      segment: { id: segmentOf.champions },
    });
    expect(realtime.data!.customer!.segment).toMatchObject({
      source: "REALTIME",
      segmentId: segmentOf.champions,
    });
  });

  it("gives no explanation to a customer without a segment, and none to a key without segments:read", async () => {
    const outsider = await api.prisma.customer.create({ data: { externalId: "no-segment" } });
    const none = await api.execute<ExplanationResult>(explanationQuery, { id: outsider.id }, reader);
    expect(none.errors).toBeUndefined();
    expect(none.data!.customer).toMatchObject({ externalId: "no-segment", segmentExplanation: null });

    const key: Viewer = {
      kind: "apiKey",
      apiKeyId: "test-key",
      ownerId: analyst.kind === "user" ? analyst.userId : "",
      scopes: ["customers:read"],
    };
    const forbidden = await api.execute<ExplanationResult>(
      explanationQuery,
      { id: groups.members.champions[0] },
      key,
    );
    expect(forbidden.errors?.[0]).toMatchObject({
      path: ["customer", "segmentExplanation"],
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("keeps the write when scoring fails (the active run's model is unreadable) and the old segment stays", async () => {
    const regular = await api.prisma.customer.findUniqueOrThrow({
      where: { id: groups.members.regulars[0] },
    });
    const before = await membershipOf(regular.id);
    // A second, broken run becomes the active one for this test.
    await api.prisma.segmentationRun.update({ where: { id: runId }, data: { isActive: false } });
    const broken = await api.prisma.segmentationRun.create({
      data: {
        name: "broken",
        status: "SUCCEEDED",
        parameters: {},
        isActive: true,
        model: { not: "a model" },
      },
    });
    try {
      const response = await api.execute<{ upsertCustomer: { externalId: string } }>(
        upsertMutation,
        { input: { externalId: regular.externalId, name: "Renamed" } },
        analyst,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.upsertCustomer.externalId).toBe(regular.externalId);
      expect((await api.prisma.customer.findUniqueOrThrow({ where: { id: regular.id } })).name).toBe(
        "Renamed",
      );
      expect(await api.prisma.segmentMembership.count({ where: { runId: broken.id } })).toBe(0);
      expect(await membershipOf(regular.id)).toEqual(before);
    } finally {
      await api.prisma.segmentationRun.delete({ where: { id: broken.id } });
      await api.prisma.segmentationRun.update({ where: { id: runId }, data: { isActive: true } });
    }
  });
});
