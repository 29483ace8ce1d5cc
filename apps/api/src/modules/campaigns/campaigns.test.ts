import type { Viewer } from "../../graphql/viewer";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import {
  activateRun,
  createTestApiKey,
  injectedName,
  seedCampaignAudience,
  type SeededAudience,
} from "./test-fixtures/seed-campaign-audience";

const previewQuery = `query P($segmentIds: [ID!]!) {
  audiencePreview(segmentIds: $segmentIds) { totalCustomers consentedCustomers perSegment { segmentId name size audienceSize consentedCount } }
}`;
const createMutation = `mutation C($input: CreateCampaignInput!) {
  createCampaign(input: $input) { id name channel status budget scheduledAt segments { id name size clusterIndex inActiveRun }
    audience { totalCustomers consentedCustomers perSegment { name audienceSize consentedCount } } }
}`;
const statusMutation = `mutation S($id: ID!, $status: CampaignStatus!) { changeCampaignStatus(id: $id, status: $status) { id status } }`;
const audienceQuery = `query A($id: ID!, $first: Int!, $after: String) {
  campaignAudience(id: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { externalId email name segments } } }
}`;

interface CreatedCampaign {
  id: string;
  status: string;
  budget: number;
  segments: { id: string; name: string; size: number; clusterIndex: number; inActiveRun: boolean }[];
  audience: {
    totalCustomers: number;
    consentedCustomers: number;
    perSegment: { name: string; audienceSize: number; consentedCount: number }[];
  };
}
interface AudiencePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { externalId: string; email: string; name: string; segments: string[] } }[];
}

const future = new Date(Date.now() + 7 * 86_400_000).toISOString();

describe("campaigns", () => {
  let api: TestApi;
  let analyst: TestUser;
  let viewerUser: TestUser;
  let owner: TestUser;
  let seeded: SeededAudience;

  const create = (input: Record<string, unknown>, viewer: Viewer = analyst.viewer) =>
    api.execute<{ createCampaign: CreatedCampaign }>(
      createMutation,
      { input: { name: "Spring sale", channel: "EMAIL", budget: 500, ...input } },
      viewer,
    );
  const move = (id: string, status: string) =>
    api.execute<{ changeCampaignStatus: { status: string } }>(statusMutation, { id, status }, analyst.viewer);

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    viewerUser = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    seeded = await seedCampaignAudience(api.prisma);
  });
  afterAll(async () => {
    await api?.close();
  });

  it("previews audience counts per segment and in total before saving", async () => {
    const result = await api.execute<{ audiencePreview: CreatedCampaign["audience"] }>(
      previewQuery,
      { segmentIds: [seeded.loyalId, seeded.atRiskId] },
      viewerUser.viewer,
    );
    expect(result.errors).toBeUndefined();
    // Loyal: 3 members, 2 consenting; At risk: 3 members, 1 consenting (risk-2 is suppressed, risk-3 did not consent).
    expect(result.data!.audiencePreview).toEqual({
      totalCustomers: 6,
      consentedCustomers: 3,
      perSegment: [
        { segmentId: seeded.loyalId, name: "Loyal", size: 3, audienceSize: 3, consentedCount: 2 },
        { segmentId: seeded.atRiskId, name: "At risk", size: 3, audienceSize: 3, consentedCount: 1 },
      ],
    });
    // loyal-1 is in Loyal and Old VIP: counted once in the totals (5 distinct, 4 reachable).
    const overlapping = await api.execute<{ audiencePreview: CreatedCampaign["audience"] }>(
      previewQuery,
      { segmentIds: [seeded.loyalId, seeded.oldVipId] },
      viewerUser.viewer,
    );
    expect(overlapping.data!.audiencePreview).toMatchObject({ totalCustomers: 5, consentedCustomers: 4 });
    expect(overlapping.data!.audiencePreview.perSegment[1]).toMatchObject({
      name: "Old VIP",
      audienceSize: 3,
      consentedCount: 3,
    });

    const unknown = await api.execute(
      previewQuery,
      { segmentIds: ["00000000-0000-4000-8000-000000000000"] },
      viewerUser.viewer,
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: "Segment 00000000-0000-4000-8000-000000000000 does not exist.",
      extensions: { code: "NOT_FOUND" },
    });
  });

  it("creates a draft campaign with its segments and audience, and audits it", async () => {
    const result = await create({
      segmentIds: [seeded.loyalId, seeded.atRiskId, seeded.loyalId],
      scheduledAt: future,
      content: "20% off",
    });
    expect(result.errors).toBeUndefined();
    const campaign = result.data!.createCampaign;
    expect(campaign).toMatchObject({
      name: "Spring sale",
      channel: "EMAIL",
      status: "DRAFT",
      budget: 500,
      scheduledAt: future,
    });
    expect(
      campaign.segments.map((segment) => [
        segment.name,
        segment.size,
        segment.clusterIndex,
        segment.inActiveRun,
      ]),
    ).toEqual([
      ["At risk", 3, 1, true],
      ["Loyal", 3, 0, true],
    ]);
    expect(campaign.audience).toMatchObject({ totalCustomers: 6, consentedCustomers: 3 });
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "campaign.create", entityId: campaign.id },
    });
    expect(audit.actorUserId).toBe(analyst.user.id);
    expect(audit.details).toMatchObject({ name: "Spring sale", channel: "EMAIL", budget: 500 });
  });

  it("refuses bad campaign input with a message naming the problem", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: "  ", segmentIds: [seeded.loyalId] }, "BAD_USER_INPUT", "name must be 1 to 200 characters."],
      [
        { budget: -1, segmentIds: [seeded.loyalId] },
        "BAD_USER_INPUT",
        "budget must be a number between 0 and 999999999999.99.",
      ],
      [
        { scheduledAt: "2020-01-01T00:00:00.000Z", segmentIds: [seeded.loyalId] },
        "BAD_USER_INPUT",
        "scheduledAt must be in the future.",
      ],
      [{ segmentIds: [] }, "BAD_USER_INPUT", "segmentIds must name at least one segment."],
      [
        { segmentIds: [seeded.oldVipId] },
        "BAD_USER_INPUT",
        `Segment "Old VIP" (${seeded.oldVipId}) is not in the active segmentation run; pick segments of the active run.`,
      ],
      [{ segmentIds: ["not-an-id"] }, "NOT_FOUND", "Segment not-an-id does not exist."],
    ];
    for (const [input, code, message] of cases) {
      const result = await create(input);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
    expect(await api.prisma.campaign.count({ where: { name: "Spring sale" } })).toBe(1);
  });

  it("lets only callers with campaigns:write change campaigns", async () => {
    const asViewer = await create({ segmentIds: [seeded.loyalId] }, viewerUser.viewer);
    expect(asViewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await create({ segmentIds: [seeded.loyalId] }, { kind: "anonymous" });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const readOnlyKey = await createTestApiKey(api.prisma, owner.user.id, ["campaigns:read"]);
    const variables = { input: { name: "By key", channel: "SMS", segmentIds: [seeded.loyalId] } };
    const refused = await api.post(createMutation, variables, { authorization: `Bearer ${readOnlyKey}` });
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'This operation needs the "campaigns:write" permission.',
      extensions: { code: "FORBIDDEN" },
    });
    const writeKey = await createTestApiKey(api.prisma, owner.user.id, ["campaigns:read", "campaigns:write"]);
    const accepted = await api.post<{ createCampaign: CreatedCampaign }>(createMutation, variables, {
      authorization: `Bearer ${writeKey}`,
    });
    expect(accepted.body.errors).toBeUndefined();
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "campaign.create", entityId: accepted.body.data!.createCampaign.id },
    });
    expect(audit.actorApiKey).not.toBeNull();
    expect(audit.actorUserId).toBe(owner.user.id);
  });

  it("moves campaigns only along the life cycle", async () => {
    const draft = (await create({ name: "Life cycle", segmentIds: [seeded.loyalId] })).data!.createCampaign;
    expect((await move(draft.id, "RUNNING")).errors?.[0]).toMatchObject({
      message:
        "A campaign cannot move from DRAFT to RUNNING (from DRAFT a campaign can move to SCHEDULED, CANCELLED).",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect((await move(draft.id, "SCHEDULED")).errors?.[0].message).toBe(
      "Set scheduledAt before scheduling the campaign.",
    );
    const update = await api.execute(
      `mutation U($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { scheduledAt budget } }`,
      { id: draft.id, input: { scheduledAt: future, budget: 120.456 } },
      analyst.viewer,
    );
    expect(update.data).toEqual({ updateCampaign: { scheduledAt: future, budget: 120.46 } });

    const path = ["SCHEDULED", "RUNNING", "PAUSED", "RUNNING", "COMPLETED"];
    for (const status of path)
      expect((await move(draft.id, status)).data).toEqual({ changeCampaignStatus: { id: draft.id, status } });
    expect((await move(draft.id, "RUNNING")).errors?.[0].message).toBe(
      "A campaign cannot move from COMPLETED to RUNNING (COMPLETED is final).",
    );
    const edit = await api.execute(
      `mutation U($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { name } }`,
      { id: draft.id, input: { name: "Renamed" } },
      analyst.viewer,
    );
    expect(edit.errors?.[0].message).toBe("A COMPLETED campaign cannot be changed.");
    const remove = `mutation D($id: ID!) { deleteCampaign(id: $id) }`;
    expect((await api.execute(remove, { id: draft.id }, analyst.viewer)).errors?.[0].message).toBe(
      "Only DRAFT or CANCELLED campaigns can be deleted; this one is COMPLETED.",
    );

    const transitions = await api.prisma.auditLog.findMany({
      where: { action: "campaign.changeStatus", entityId: draft.id },
      orderBy: { id: "asc" },
    });
    expect(transitions.map((entry) => (entry.details as { to: string }).to)).toEqual(path);

    const doomed = (await create({ name: "Doomed", segmentIds: [seeded.atRiskId] })).data!.createCampaign;
    expect((await move(doomed.id, "CANCELLED")).data).toEqual({
      changeCampaignStatus: { id: doomed.id, status: "CANCELLED" },
    });
    expect(await api.execute(remove, { id: doomed.id }, analyst.viewer)).toEqual({
      data: { deleteCampaign: true },
    });
    expect((await api.execute(remove, { id: doomed.id }, analyst.viewer)).errors?.[0].extensions?.code).toBe(
      "NOT_FOUND",
    );
  });

  it("lists campaigns newest first, filtered by status, with capped pages", async () => {
    const list = `query L($first: Int!, $after: String, $status: CampaignStatus) { campaigns(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { name status } } } }`;
    const completed = await api.execute<{
      campaigns: { totalCount: number; edges: { node: { name: string } }[] };
    }>(list, { first: 10, status: "COMPLETED" }, viewerUser.viewer);
    expect(completed.data!.campaigns.edges.map((edge) => edge.node.name)).toEqual(["Life cycle"]);
    const firstPage = await api.execute<{
      campaigns: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: string } }[];
      };
    }>(list, { first: 2 }, viewerUser.viewer);
    expect(firstPage.data!.campaigns.totalCount).toBe(3);
    expect(firstPage.data!.campaigns.edges.map((edge) => edge.node.name)).toEqual(["Life cycle", "By key"]);
    const secondPage = await api.execute<{
      campaigns: { pageInfo: { hasNextPage: boolean }; edges: { node: { name: string } }[] };
    }>(list, { first: 2, after: firstPage.data!.campaigns.pageInfo.endCursor }, viewerUser.viewer);
    expect(secondPage.data!.campaigns.edges.map((edge) => edge.node.name)).toEqual(["Spring sale"]);
    expect(secondPage.data!.campaigns.pageInfo.hasNextPage).toBe(false);
    expect((await api.execute(list, { first: 101 }, viewerUser.viewer)).errors?.[0].message).toBe(
      "first must be an integer between 1 and 100.",
    );
  });

  it("pages through the audience: consented, not suppressed, by customer id", async () => {
    const campaign = await api.prisma.campaign.findFirstOrThrow({ where: { name: "Spring sale" } });
    const first = await api.execute<{ campaignAudience: AudiencePage }>(
      audienceQuery,
      { id: campaign.id, first: 2 },
      viewerUser.viewer,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.campaignAudience.totalCount).toBe(3);
    expect(first.data!.campaignAudience.edges.map((edge) => edge.node.externalId)).toEqual([
      "loyal-1",
      "loyal-3",
    ]);
    expect(first.data!.campaignAudience.pageInfo.hasNextPage).toBe(true);
    const second = await api.execute<{ campaignAudience: AudiencePage }>(
      audienceQuery,
      { id: campaign.id, first: 2, after: first.data!.campaignAudience.pageInfo.endCursor },
      viewerUser.viewer,
    );
    expect(second.data!.campaignAudience.edges.map((edge) => edge.node)).toEqual([
      { externalId: "risk-1", email: "risk-1@example.com", name: "Cy Risk", segments: ["At risk"] },
    ]);
    expect(second.data!.campaignAudience.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: expect.any(String),
    });
    const badCursor = await api.execute(
      audienceQuery,
      { id: campaign.id, first: 2, after: "nonsense" },
      viewerUser.viewer,
    );
    expect(badCursor.errors?.[0]).toMatchObject({
      message: "after is not a cursor returned by this list.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("exports the audience as CSV with formula cells neutralised", async () => {
    const campaign = await api.prisma.campaign.findFirstOrThrow({ where: { name: "Spring sale" } });
    const response = await fetch(`${api.url}/campaigns/${campaign.id}/audience.csv`, {
      headers: { cookie: viewerUser.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="campaign-${campaign.id}-audience.csv"`,
    );
    expect(await response.text()).toBe(
      [
        "external_id,email,name,segment",
        "loyal-1,loyal-1@example.com,Ada Loyal,Loyal",
        `loyal-3,loyal-3@example.com,"'${injectedName.replace(/"/g, '""')}",Loyal`,
        "risk-1,risk-1@example.com,Cy Risk,At risk",
        "",
      ].join("\r\n"),
    );
    expect(
      await api.prisma.auditLog.count({
        where: { action: "campaign.exportAudience", entityId: campaign.id },
      }),
    ).toBe(1);
  });

  it("refuses CSV exports without campaigns:read, and unknown campaigns", async () => {
    const campaign = await api.prisma.campaign.findFirstOrThrow({ where: { name: "Spring sale" } });
    const url = `${api.url}/campaigns/${campaign.id}/audience.csv`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      errors: [
        {
          message: "Sign in or send an API key to export an audience.",
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    });
    const customersKey = await createTestApiKey(api.prisma, owner.user.id, ["customers:read"]);
    const forbidden = await fetch(url, { headers: { authorization: `Bearer ${customersKey}` } });
    expect(forbidden.status).toBe(403);
    const campaignsKey = await createTestApiKey(api.prisma, owner.user.id, ["campaigns:read"]);
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${campaignsKey}` } });
    expect(allowed.status).toBe(200);
    expect((await allowed.text()).split("\r\n")).toHaveLength(5);
    const missing = await fetch(`${api.url}/campaigns/00000000-0000-4000-8000-000000000000/audience.csv`, {
      headers: { cookie: viewerUser.cookie },
    });
    expect(missing.status).toBe(404);
  });

  it("keeps a campaign's segments across a new active run and counts shared customers once", async () => {
    const campaign = (await create({ name: "Across runs", segmentIds: [seeded.loyalId] })).data!
      .createCampaign;
    await activateRun(api.prisma, seeded.oldRunId);
    const setSegments = `mutation S($id: ID!, $segmentIds: [ID!]!) { setCampaignSegments(id: $id, segmentIds: $segmentIds) { segments { name inActiveRun } audience { totalCustomers consentedCustomers } } }`;
    const refused = await api.execute(
      setSegments,
      { id: campaign.id, segmentIds: [seeded.loyalId, seeded.atRiskId] },
      analyst.viewer,
    );
    expect(refused.errors?.[0].message).toBe(
      `Segment "At risk" (${seeded.atRiskId}) is not in the active segmentation run; pick segments of the active run.`,
    );
    const result = await api.execute(
      setSegments,
      { id: campaign.id, segmentIds: [seeded.loyalId, seeded.oldVipId] },
      analyst.viewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      setCampaignSegments: {
        segments: [
          { name: "Loyal", inActiveRun: false },
          { name: "Old VIP", inActiveRun: true },
        ],
        // loyal-1 is in both: Loyal (3) + Old VIP (3) - 1 = 5 customers; consenting: loyal-1, loyal-3, risk-1, vip-1.
        audience: { totalCustomers: 5, consentedCustomers: 4 },
      },
    });
    const page = await api.execute<{ campaignAudience: AudiencePage }>(
      audienceQuery,
      { id: campaign.id, first: 10 },
      viewerUser.viewer,
    );
    expect(
      page.data!.campaignAudience.edges.map((edge) => [edge.node.externalId, edge.node.segments]),
    ).toEqual([
      ["loyal-1", ["Loyal", "Old VIP"]],
      ["loyal-3", ["Loyal"]],
      ["risk-1", ["Old VIP"]],
      ["vip-1", ["Old VIP"]],
    ]);
  });
});
