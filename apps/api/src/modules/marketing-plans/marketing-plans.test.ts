import type { Viewer } from "../../graphql/viewer";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import {
  createViewer,
  runToSuccess,
  seedThreeGroups,
  type SeededGroups,
} from "../segmentation-runs/test-fixtures/seed-three-groups";
import { readTarget } from "./suggest-marketing-plan";

const attach = `mutation A($segmentId: ID!, $input: MarketingPlanInput!) {
  attachMarketingPlan(segmentId: $segmentId, input: $input) { id segmentId objective kpi kpiTarget channels offer message budget startDate endDate status }
}`;
const update = `mutation U($id: ID!, $input: MarketingPlanInput!) { updateMarketingPlan(id: $id, input: $input) { id kpiTarget budget status endDate channels } }`;
const history = `query H($planId: ID!) { marketingPlanHistory(planId: $planId) { id changedById snapshot { kpiTarget budget status } } }`;

const validPlan = {
  objective: "Win back lapsed customers",
  kpi: "reactivation rate in 60 days",
  kpiTarget: 20,
  channels: ["EMAIL", "SMS"],
  offer: "15% off",
  message: "We miss you",
  budget: 500,
  startDate: "2026-12-01",
  endDate: "2026-12-31",
};

describe("marketing plans", () => {
  let api: TestApi;
  let analyst: Viewer;
  let viewerRole: Viewer;
  let groups: SeededGroups;
  let runId: string;
  let lapsedSegmentId: string;
  let planId: string;

  beforeAll(async () => {
    api = await createTestApi();
    analyst = await createViewer(api.prisma, "ANALYST");
    viewerRole = await createViewer(api.prisma, "VIEWER");
    groups = await seedThreeGroups(api.prisma, 30);
    runId = await runToSuccess(api, analyst, { name: "plans test", k: 3, seed: 1, restarts: 3 });
    const membership = await api.prisma.segmentMembership.findUniqueOrThrow({
      where: { runId_customerId: { runId, customerId: groups.members.lapsed[0] } },
    });
    lapsedSegmentId = membership.segmentId;
  });
  afterAll(async () => {
    await api?.close();
  });

  it("suggests a plan from the segment's archetype", async () => {
    const segment = await api.prisma.segment.findUniqueOrThrow({ where: { id: lapsedSegmentId } });
    const response = await api.execute<{
      suggestedMarketingPlan: {
        archetype: string | null;
        objective: string;
        kpiTarget: number | null;
        kpiTargetText: string;
        channels: string[];
      };
    }>(
      `query S($segmentId: ID!) { suggestedMarketingPlan(segmentId: $segmentId) { archetype objective kpi kpiTarget kpiTargetText channels budgetShare durationWeeks } }`,
      { segmentId: lapsedSegmentId },
      viewerRole,
    );
    expect(response.errors).toBeUndefined();
    const stored = segment.suggestedPlan as { objective: string; kpi: { target: string } };
    const suggestion = response.data!.suggestedMarketingPlan;
    expect(suggestion.archetype).toBe(segment.archetype);
    expect(suggestion.objective).toBe(stored.objective);
    expect(suggestion.kpiTargetText).toBe(stored.kpi.target);
    expect(suggestion.kpiTarget).toBe(readTarget(stored.kpi.target));
    expect(suggestion.channels).toContain("EMAIL");
    expect(readTarget("≥ 20%")).toBe(20);
    expect(readTarget("+0.5 order")).toBe(0.5);
    expect(readTarget("more loyalty")).toBeNull();
  });

  it("attaches a valid plan once and records a revision and an audit entry", async () => {
    const response = await api.execute<{
      attachMarketingPlan: { id: string; budget: number; startDate: string; status: string };
    }>(attach, { segmentId: lapsedSegmentId, input: validPlan }, analyst);
    expect(response.errors).toBeUndefined();
    expect(response.data!.attachMarketingPlan).toMatchObject({
      budget: 500,
      startDate: "2026-12-01",
      status: "DRAFT",
      channels: ["EMAIL", "SMS"],
    });
    planId = response.data!.attachMarketingPlan.id;
    const again = await api.execute(attach, { segmentId: lapsedSegmentId, input: validPlan }, analyst);
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await api.prisma.marketingPlanRevision.count({ where: { planId } })).toBe(1);
    expect(
      await api.prisma.auditLog.count({ where: { action: "marketingPlan.attach", entityId: planId } }),
    ).toBe(1);
    const viaSegment = await api.execute<{ segment: { marketingPlan: { id: string } | null } }>(
      `query S($id: ID!) { segment(id: $id) { marketingPlan { id } } }`,
      { id: lapsedSegmentId },
      viewerRole,
    );
    expect(viaSegment.data?.segment.marketingPlan?.id).toBe(planId);
  });

  it("refuses invalid plans with BAD_USER_INPUT naming the field", async () => {
    const other = await api.prisma.segment.findFirstOrThrow({
      where: { runId, id: { not: lapsedSegmentId } },
    });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...validPlan, objective: " " }, "objective is required."],
      [{ ...validPlan, kpi: undefined }, "kpi is required."],
      [{ ...validPlan, kpiTarget: 0 }, "kpiTarget must be greater than 0, got 0."],
      [{ ...validPlan, budget: -1 }, "budget must be between 0 and 1000000000000, got -1."],
      [
        { ...validPlan, startDate: "2026-12-31", endDate: "2026-12-01" },
        "endDate must not be before startDate.",
      ],
      [{ ...validPlan, channels: [] }, "channels must list at least one channel."],
      [{ ...validPlan, channels: ["EMAIL", "EMAIL"] }, "channels lists a channel twice."],
    ];
    for (const [input, message] of cases) {
      const response = await api.execute(attach, { segmentId: other.id, input }, analyst);
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
    }
    const unknownChannel = await api.execute(
      attach,
      { segmentId: other.id, input: { ...validPlan, channels: ["FAX"] } },
      analyst,
    );
    expect(unknownChannel.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await api.prisma.marketingPlan.count({ where: { segmentId: other.id } })).toBe(0);
    const unknownSegment = await api.execute(
      attach,
      { segmentId: "00000000-0000-4000-8000-000000000000", input: validPlan },
      analyst,
    );
    expect(unknownSegment.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const forbidden = await api.execute(attach, { segmentId: other.id, input: validPlan }, viewerRole);
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("updates given fields only, validates the merged plan, and keeps every version in the history", async () => {
    const first = await api.execute(
      update,
      { id: planId, input: { kpiTarget: 25, status: "ACTIVE" } },
      analyst,
    );
    expect(first.data).toEqual({
      updateMarketingPlan: {
        id: planId,
        kpiTarget: 25,
        budget: 500,
        status: "ACTIVE",
        endDate: "2026-12-31",
        channels: ["EMAIL", "SMS"],
      },
    });
    const second = await api.execute(
      update,
      { id: planId, input: { budget: 750.5, endDate: null } },
      analyst,
    );
    expect(second.data).toMatchObject({
      updateMarketingPlan: { budget: 750.5, endDate: null, kpiTarget: 25 },
    });
    const invalid = await api.execute(update, { id: planId, input: { endDate: "2026-11-01" } }, analyst);
    expect(invalid.errors?.[0]).toMatchObject({
      message: "endDate must not be before startDate.",
      extensions: { code: "BAD_USER_INPUT" },
    });

    const revisions = await api.execute<{
      marketingPlanHistory: Array<{
        changedById: string;
        snapshot: { kpiTarget: number; budget: number; status: string };
      }>;
    }>(history, { planId }, viewerRole);
    expect(revisions.data!.marketingPlanHistory.map((revision) => revision.snapshot)).toEqual([
      { kpiTarget: 25, budget: 750.5, status: "ACTIVE" },
      { kpiTarget: 25, budget: 500, status: "ACTIVE" },
      { kpiTarget: 20, budget: 500, status: "DRAFT" },
    ]);
    expect(
      revisions.data!.marketingPlanHistory.every(
        (revision) => revision.changedById === (analyst.kind === "user" ? analyst.userId : ""),
      ),
    ).toBe(true);
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "marketingPlan.update", entityId: planId },
      orderBy: { id: "asc" },
    });
    expect(audit.details).toEqual({ changed: ["kpiTarget", "status"] });
  });

  it("removes a plan; an unknown plan is NOT_FOUND", async () => {
    const removed = await api.execute(
      `mutation R($id: ID!) { removeMarketingPlan(id: $id) }`,
      { id: planId },
      analyst,
    );
    expect(removed.data).toEqual({ removeMarketingPlan: true });
    expect(await api.prisma.marketingPlan.count({ where: { id: planId } })).toBe(0);
    expect(
      await api.prisma.auditLog.count({ where: { action: "marketingPlan.remove", entityId: planId } }),
    ).toBe(1);
    const again = await api.execute(
      `mutation R($id: ID!) { removeMarketingPlan(id: $id) }`,
      { id: planId },
      analyst,
    );
    expect(again.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const historyOfUnknown = await api.execute(history, { planId }, analyst);
    expect(historyOfUnknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
