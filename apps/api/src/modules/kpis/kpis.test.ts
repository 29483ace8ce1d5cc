import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import {
  createTestApiKey,
  seedCampaignAudience,
  type SeededAudience,
} from "../campaigns/test-fixtures/seed-campaign-audience";

const recordMutation = `mutation R($input: RecordCampaignResultInput!) { recordCampaignResult(input: $input) { campaignId segmentId reach conversions revenue } }`;
const figures = "reach conversions revenue conversionRate revenuePerRecipient cost roi";
const campaignKpisQuery = `query K($campaignId: ID!) { campaignKpis(campaignId: $campaignId) {
  budget perSegment { segmentName kpis { ${figures} } } unattributed { ${figures} } total { ${figures} } } }`;
const segmentKpisQuery = `query S($segmentId: ID!) { segmentKpis(segmentId: $segmentId) {
  segmentName campaigns { campaignName status kpis { ${figures} } } total { ${figures} } } }`;

describe("campaign results and KPIs", () => {
  let api: TestApi;
  let analyst: TestUser;
  let viewerUser: TestUser;
  let seeded: SeededAudience;
  let campaignId: string;
  let draftId: string;

  const record = (input: Record<string, unknown>) =>
    api.execute(recordMutation, { input: { campaignId, ...input } }, analyst.viewer);

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    viewerUser = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    seeded = await seedCampaignAudience(api.prisma);
    const running = await api.prisma.campaign.create({
      data: {
        name: "Summer",
        channel: "EMAIL",
        status: "RUNNING",
        budget: 1000,
        segments: { create: [{ segmentId: seeded.loyalId }, { segmentId: seeded.atRiskId }] },
      },
    });
    campaignId = running.id;
    const draft = await api.prisma.campaign.create({
      data: {
        name: "Autumn",
        channel: "SMS",
        budget: 50,
        segments: { create: [{ segmentId: seeded.loyalId }] },
      },
    });
    draftId = draft.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  it("records results and audits each one", async () => {
    const first = await record({ segmentId: seeded.loyalId, reach: 200, conversions: 10, revenue: 1500 });
    expect(first).toEqual({
      data: {
        recordCampaignResult: {
          campaignId,
          segmentId: seeded.loyalId,
          reach: 200,
          conversions: 10,
          revenue: 1500,
        },
      },
    });
    for (const input of [
      { segmentId: seeded.loyalId, reach: 100, conversions: 5, revenue: 300 },
      { segmentId: seeded.atRiskId, reach: 100, conversions: 2, revenue: 100 },
      { reach: 100, conversions: 3, revenue: 200 },
    ]) {
      expect((await record(input)).errors).toBeUndefined();
    }
    expect(
      await api.prisma.auditLog.count({ where: { action: "campaign.recordResult", entityId: campaignId } }),
    ).toBe(4);
  });

  it("refuses impossible results, results of campaigns that have not run, and read-only callers", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { reach: 10, conversions: 11, revenue: 0 },
        "BAD_USER_INPUT",
        "conversions (11) cannot exceed reach (10).",
      ],
      [
        { reach: -1, conversions: 0, revenue: 0 },
        "BAD_USER_INPUT",
        "reach must be between 0 and 1000000000.",
      ],
      [{ reach: 10, conversions: -1, revenue: 0 }, "BAD_USER_INPUT", "conversions must be 0 or more."],
      [
        { reach: 10, conversions: 1, revenue: -5 },
        "BAD_USER_INPUT",
        "revenue must be a number between 0 and 999999999999.99.",
      ],
      [
        { segmentId: seeded.oldVipId, reach: 10, conversions: 1, revenue: 5 },
        "BAD_USER_INPUT",
        `Segment ${seeded.oldVipId} is not one of the campaign's segments.`,
      ],
      [
        { campaignId: draftId, reach: 10, conversions: 1, revenue: 5 },
        "BAD_USER_INPUT",
        "A DRAFT campaign has not run yet, so it has no results to record.",
      ],
      [
        { campaignId: "00000000-0000-4000-8000-000000000000", reach: 1, conversions: 0, revenue: 0 },
        "NOT_FOUND",
        "Campaign 00000000-0000-4000-8000-000000000000 does not exist.",
      ],
    ];
    for (const [input, code, message] of cases) {
      expect((await record(input)).errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
    const asViewer = await api.execute(
      recordMutation,
      { input: { campaignId, reach: 1, conversions: 0, revenue: 0 } },
      viewerUser.viewer,
    );
    expect(asViewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await api.prisma.campaignResult.count()).toBe(4);
  });

  it("computes campaign KPIs per segment and in total, spreading the budget by reach", async () => {
    const result = await api.execute(campaignKpisQuery, { campaignId }, viewerUser.viewer);
    expect(result.errors).toBeUndefined();
    // Loyal: 200+100 reached, 10+5 converted, 1500+300 revenue; cost 1000 × 300/500 = 600; ROI (1800-600)/600 = 2.
    // At risk: cost 1000 × 100/500 = 200; ROI (100-200)/200 = -0.5. Unattributed: cost 200, ROI 0.
    expect(result.data).toEqual({
      campaignKpis: {
        budget: 1000,
        perSegment: [
          {
            segmentName: "At risk",
            kpis: {
              reach: 100,
              conversions: 2,
              revenue: 100,
              conversionRate: 0.02,
              revenuePerRecipient: 1,
              cost: 200,
              roi: -0.5,
            },
          },
          {
            segmentName: "Loyal",
            kpis: {
              reach: 300,
              conversions: 15,
              revenue: 1800,
              conversionRate: 0.05,
              revenuePerRecipient: 6,
              cost: 600,
              roi: 2,
            },
          },
        ],
        unattributed: {
          reach: 100,
          conversions: 3,
          revenue: 200,
          conversionRate: 0.03,
          revenuePerRecipient: 2,
          cost: 200,
          roi: 0,
        },
        total: {
          reach: 500,
          conversions: 20,
          revenue: 2100,
          conversionRate: 0.04,
          revenuePerRecipient: 4.2,
          cost: 1000,
          roi: 1.1,
        },
      },
    });
  });

  it("lists the campaigns of a segment with their results there", async () => {
    const result = await api.execute(segmentKpisQuery, { segmentId: seeded.loyalId }, viewerUser.viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      segmentKpis: {
        segmentName: "Loyal",
        campaigns: [
          {
            campaignName: "Autumn",
            status: "DRAFT",
            kpis: {
              reach: 0,
              conversions: 0,
              revenue: 0,
              conversionRate: null,
              revenuePerRecipient: null,
              cost: 0,
              roi: null,
            },
          },
          {
            campaignName: "Summer",
            status: "RUNNING",
            kpis: {
              reach: 300,
              conversions: 15,
              revenue: 1800,
              conversionRate: 0.05,
              revenuePerRecipient: 6,
              cost: 600,
              roi: 2,
            },
          },
        ],
        total: {
          reach: 300,
          conversions: 15,
          revenue: 1800,
          conversionRate: 0.05,
          revenuePerRecipient: 6,
          cost: 600,
          roi: 2,
        },
      },
    });
    const unknown = await api.execute(
      segmentKpisQuery,
      { segmentId: "00000000-0000-4000-8000-000000000000" },
      viewerUser.viewer,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("needs campaigns:read to read KPIs", async () => {
    const key = await createTestApiKey(api.prisma, analyst.user.id, ["segments:read"]);
    const refused = await api.post(campaignKpisQuery, { campaignId }, { authorization: `Bearer ${key}` });
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'This operation needs the "campaigns:read" permission.',
      extensions: { code: "FORBIDDEN" },
    });
    const anonymous = await api.post(campaignKpisQuery, { campaignId });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
