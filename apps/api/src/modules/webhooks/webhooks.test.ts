import { createHmac } from "node:crypto";
import type { DeliveryStatus } from "@seglens/database";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { seedCampaignAudience, type SeededAudience } from "../campaigns/test-fixtures/seed-campaign-audience";
import { deliverWebhook, type DeliveryPolicy } from "./deliver-webhook";
import { startTestReceiver, type TestReceiver } from "./test-receiver";

const createEndpoint = `mutation E($name: String!, $url: String!) { createWebhookEndpoint(name: $name, url: $url) { secret endpoint { id name url active } } }`;
const sendMutation = `mutation S($campaignId: ID!, $endpointId: ID!) { sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) { id status attempts campaignId endpointId } }`;

interface Payload {
  deliveryId: string;
  campaign: { id: string; name: string; channel: string };
  page: number;
  pageCount: number;
  totalCustomers: number;
  customers: { externalId: string; email: string; name: string; segments: string[] }[];
}

const fastPolicy: DeliveryPolicy = {
  pageSize: 2,
  maxAttempts: 3,
  retryDelayMs: 10,
  timeoutMs: 2_000,
  leaseMs: 30_000,
};

describe("webhooks", () => {
  let api: TestApi;
  let analyst: TestUser;
  let viewerUser: TestUser;
  let seeded: SeededAudience;
  let receiver: TestReceiver;
  let endpointId: string;
  let secret: string;
  let campaignId: string;

  const send = () =>
    api.execute<{ sendCampaignToWebhook: { id: string; status: string } }>(
      sendMutation,
      { campaignId, endpointId },
      analyst.viewer,
    );
  async function settled(deliveryId: string): Promise<{
    status: DeliveryStatus;
    attempts: number;
    responseStatus: number | null;
    lastError: string | null;
  }> {
    for (let waited = 0; waited < 30_000; waited += 100) {
      const delivery = await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      if (delivery.status !== "PENDING") return delivery;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`delivery ${deliveryId} still pending`);
  }
  const sign = (body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

  beforeAll(async () => {
    api = await createTestApi();
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    viewerUser = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    seeded = await seedCampaignAudience(api.prisma);
    receiver = await startTestReceiver();
    const campaign = await api.prisma.campaign.create({
      data: {
        name: "Hooked",
        channel: "WEBHOOK",
        segments: { create: [{ segmentId: seeded.loyalId }, { segmentId: seeded.atRiskId }] },
      },
    });
    campaignId = campaign.id;
  });
  afterAll(async () => {
    await receiver?.close();
    await api?.close();
  });

  it("creates endpoints with a one-time secret and refuses bad URLs and read-only callers", async () => {
    const created = await api.execute<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string; url: string; active: boolean } };
    }>(createEndpoint, { name: "CRM", url: receiver.url }, analyst.viewer);
    expect(created.errors).toBeUndefined();
    ({ secret } = created.data!.createWebhookEndpoint);
    endpointId = created.data!.createWebhookEndpoint.endpoint.id;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.data!.createWebhookEndpoint.endpoint).toMatchObject({ url: receiver.url, active: true });
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "webhookEndpoint.create", entityId: endpointId },
    });
    expect(JSON.stringify(audit.details)).not.toContain(secret);

    const listed = await api.execute<{
      webhookEndpoints: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      `query { webhookEndpoints(first: 10) { totalCount edges { node { id name url } } } }`,
      {},
      viewerUser.viewer,
    );
    expect(listed.data!.webhookEndpoints.edges.map((edge) => edge.node.id)).toEqual([endpointId]);

    const bad: [string, string][] = [
      ["ftp://example.com/x", "url must start with http:// or https://."],
      ["not a url", "url is not a valid URL."],
      ["https://user:pw@example.com/hook", "url must not contain a user name or password."],
    ];
    for (const [url, message] of bad) {
      const result = await api.execute(createEndpoint, { name: "Bad", url }, analyst.viewer);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
    }
    const forbidden = await api.execute(
      createEndpoint,
      { name: "Mine", url: receiver.url },
      viewerUser.viewer,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses to send a draft campaign or to an unknown endpoint", async () => {
    expect((await send()).errors?.[0]).toMatchObject({
      message: "Only SCHEDULED or RUNNING campaigns can be sent; this one is DRAFT.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const unknown = await api.execute(
      sendMutation,
      { campaignId, endpointId: "00000000-0000-4000-8000-000000000000" },
      analyst.viewer,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(await api.prisma.webhookDelivery.count()).toBe(0);
  });

  it("snapshots the audience and delivers it signed; a SCHEDULED campaign starts RUNNING", async () => {
    await api.prisma.campaign.update({
      where: { id: campaignId },
      data: { status: "SCHEDULED", scheduledAt: new Date(Date.now() + 86_400_000) },
    });
    const sent = await send();
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendCampaignToWebhook).toMatchObject({ status: "PENDING", attempts: 0 });
    expect((await api.prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe(
      "RUNNING",
    );
    const deliveryId = sent.data!.sendCampaignToWebhook.id;
    expect(await settled(deliveryId)).toMatchObject({
      status: "DELIVERED",
      attempts: 1,
      responseStatus: 200,
      lastError: null,
    });

    const snapshot = await api.prisma.campaignAudienceMember.findMany({
      where: { campaignId },
      include: { customer: true },
      orderBy: { customerId: "asc" },
    });
    expect(snapshot.map((member) => member.customer.externalId)).toEqual(["loyal-1", "loyal-3", "risk-1"]);
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request.headers["x-seglens-signature"]).toBe(sign(request.body));
    expect(request.headers["x-seglens-delivery"]).toBe(deliveryId);
    expect(Math.abs(Number(request.headers["x-seglens-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    const payload = JSON.parse(request.body) as Payload;
    expect(payload).toMatchObject({
      deliveryId,
      campaign: { id: campaignId, name: "Hooked", channel: "WEBHOOK" },
      page: 1,
      pageCount: 1,
      totalCustomers: 3,
    });
    expect(payload.customers.map((customer) => [customer.externalId, customer.segments])).toEqual([
      ["loyal-1", ["Loyal"]],
      ["loyal-3", ["Loyal"]],
      ["risk-1", ["At risk"]],
    ]);
  });

  it("retries a 500 and delivers on the following 200", async () => {
    receiver.requests.length = 0;
    receiver.respondWith(500, 200);
    const sent = await send();
    expect(sent.errors).toBeUndefined();
    expect(await settled(sent.data!.sendCampaignToWebhook.id)).toMatchObject({
      status: "DELIVERED",
      attempts: 2,
      responseStatus: 200,
      lastError: null,
    });
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1].body).toBe(receiver.requests[0].body);
    expect(receiver.requests[1].headers["x-seglens-signature"]).toBe(sign(receiver.requests[1].body));
  });

  it("fails at once on a 400 without retrying", async () => {
    receiver.requests.length = 0;
    receiver.respondWith(400);
    const sent = await send();
    expect(await settled(sent.data!.sendCampaignToWebhook.id)).toEqual(
      expect.objectContaining({
        status: "FAILED",
        attempts: 1,
        responseStatus: 400,
        lastError: "The endpoint answered HTTP 400. Not retried: the endpoint refused the request.",
      }),
    );
    expect(receiver.requests).toHaveLength(1);
  });

  it("refuses a second send while one is pending", async () => {
    const pending = await api.prisma.webhookDelivery.create({
      data: { endpointId, campaignId, status: "PENDING" },
    });
    expect((await send()).errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
    await api.prisma.webhookDelivery.delete({ where: { id: pending.id } });
  });

  describe("delivery policy", () => {
    /** A delivery of the campaign's current snapshot, created directly so the worker does not pick it up. */
    async function snapshotDelivery(endpoint: string): Promise<string> {
      const createdAt = new Date(Date.now() + Math.floor(Math.random() * 1_000_000));
      const delivery = await api.prisma.webhookDelivery.create({
        data: { endpointId: endpoint, campaignId, createdAt },
      });
      await api.prisma.campaignAudienceMember.updateMany({
        where: { campaignId },
        data: { sentAt: createdAt },
      });
      return delivery.id;
    }

    it("sends pages of pageSize customers with exponential back-off between retries", async () => {
      receiver.requests.length = 0;
      receiver.respondWith(503, 503, 200, 200);
      const waits: number[] = [];
      const deliveryId = await snapshotDelivery(endpointId);
      await deliverWebhook({
        prisma: api.prisma,
        deliveryId,
        policy: fastPolicy,
        sleep: async (ms) => void waits.push(ms),
      });
      expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject(
        { status: "DELIVERED", attempts: 4 },
      );
      expect(waits).toEqual([10, 20]);
      expect(receiver.requests.map((request) => request.headers["x-seglens-page"])).toEqual([
        "1/2",
        "1/2",
        "1/2",
        "2/2",
      ]);
      const pages = receiver.requests
        .slice(2)
        .map((request) =>
          (JSON.parse(request.body) as Payload).customers.map((customer) => customer.externalId),
        );
      expect(pages).toEqual([["loyal-1", "loyal-3"], ["risk-1"]]);
    });

    it("gives up after maxAttempts on 5xx, on network errors and on timeouts", async () => {
      receiver.requests.length = 0;
      receiver.respondWith(502, 502, 502);
      const waits: number[] = [];
      const deliveryId = await snapshotDelivery(endpointId);
      await deliverWebhook({
        prisma: api.prisma,
        deliveryId,
        policy: fastPolicy,
        sleep: async (ms) => void waits.push(ms),
      });
      expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject(
        {
          status: "FAILED",
          attempts: 3,
          responseStatus: 502,
          lastError: "The endpoint answered HTTP 502. Gave up after 3 attempts.",
        },
      );
      expect(waits).toEqual([10, 20]);

      const closed = await startTestReceiver();
      await closed.close();
      const unreachable = await api.prisma.webhookEndpoint.create({
        data: { name: "Gone", url: closed.url, secret: "s" },
      });
      const networkId = await snapshotDelivery(unreachable.id);
      await deliverWebhook({
        prisma: api.prisma,
        deliveryId: networkId,
        policy: fastPolicy,
        sleep: async () => undefined,
      });
      expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: networkId } })).toMatchObject({
        status: "FAILED",
        attempts: 3,
        responseStatus: null,
        lastError: "The request failed: ECONNREFUSED. Gave up after 3 attempts.",
      });

      receiver.delayMs = 500;
      const slowId = await snapshotDelivery(endpointId);
      await deliverWebhook({
        prisma: api.prisma,
        deliveryId: slowId,
        policy: { ...fastPolicy, maxAttempts: 1, timeoutMs: 100 },
        sleep: async () => undefined,
      });
      receiver.delayMs = 0;
      expect((await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: slowId } })).lastError).toBe(
        "The request failed: no answer within 100 ms. Gave up after 1 attempt.",
      );
    });

    it("leaves finished deliveries alone when a job runs twice", async () => {
      receiver.requests.length = 0;
      const delivered = await api.prisma.webhookDelivery.findFirstOrThrow({ where: { status: "DELIVERED" } });
      await deliverWebhook({ prisma: api.prisma, deliveryId: delivered.id, policy: fastPolicy });
      expect(receiver.requests).toHaveLength(0);
    });
  });

  it("lists a campaign's deliveries newest first with their progress, for read-only callers too", async () => {
    const listQuery = `query L($campaignId: ID!, $first: Int) { webhookDeliveries(campaignId: $campaignId, first: $first) {
      totalCount pageInfo { hasNextPage } edges { node { id status customerCount pageCount pagesDelivered lastError } } } }`;
    const stored = await api.prisma.webhookDelivery.findMany({
      where: { campaignId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
    const listed = await api.execute<{
      webhookDeliveries: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        edges: { node: { id: string; status: string; pagesDelivered: number } }[];
      };
    }>(listQuery, { campaignId, first: 2 }, viewerUser.viewer);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.webhookDeliveries.totalCount).toBe(stored.length);
    expect(listed.data!.webhookDeliveries.pageInfo.hasNextPage).toBe(true);
    expect(listed.data!.webhookDeliveries.edges.map((edge) => edge.node.id)).toEqual(
      stored.slice(0, 2).map((row) => row.id),
    );
    // The first real send: 3 customers in one page, accepted.
    const first = stored.at(-1)!;
    expect(first).toMatchObject({ status: "DELIVERED", customerCount: 3, pageCount: 1, pagesDelivered: 1 });

    const unknown = await api.execute(
      listQuery,
      { campaignId: "00000000-0000-4000-8000-000000000000" },
      viewerUser.viewer,
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: "Campaign 00000000-0000-4000-8000-000000000000 does not exist.",
      extensions: { code: "NOT_FOUND" },
    });
    const tooMany = await api.execute(listQuery, { campaignId, first: 101 }, viewerUser.viewer);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("deletes an endpoint with its deliveries, once", async () => {
    const remove = `mutation D($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
    expect(
      (await api.execute(remove, { id: endpointId }, viewerUser.viewer)).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    expect(await api.execute(remove, { id: endpointId }, analyst.viewer)).toEqual({
      data: { deleteWebhookEndpoint: true },
    });
    expect(await api.prisma.webhookDelivery.count({ where: { endpointId } })).toBe(0);
    expect((await api.execute(remove, { id: endpointId }, analyst.viewer)).errors?.[0]).toMatchObject({
      message: `Webhook endpoint ${endpointId} does not exist.`,
      extensions: { code: "NOT_FOUND" },
    });
    expect(
      await api.prisma.auditLog.count({ where: { action: "webhookEndpoint.delete", entityId: endpointId } }),
    ).toBe(1);
  });
});
