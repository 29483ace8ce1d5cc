import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { seedCampaignAudience, type SeededAudience } from "../campaigns/test-fixtures/seed-campaign-audience";
import { deliverWebhook, type DeliveryPolicy } from "./deliver-webhook";
import { requeueLapsedDeliveries } from "./requeue-lapsed-deliveries";
import { sendCampaignToWebhook, type WebhookDeliveryJob } from "./send-campaign-to-webhook";
import { startTestReceiver, type TestReceiver } from "./test-receiver";

const createEndpoint = `mutation E($name: String!, $url: String!) { createWebhookEndpoint(name: $name, url: $url) { secret endpoint { id } } }`;
const sendMutation = `mutation S($campaignId: ID!, $endpointId: ID!) { sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) { id status customerCount pageCount pagesDelivered } }`;
const deliveryQuery = `query D($id: ID!) { webhookDelivery(id: $id) { status attempts customerCount pageCount pagesDelivered lastError } }`;
const audienceQuery = `query A($id: ID!) { campaignAudience(id: $id, first: 100) { edges { node { externalId email name segments } } } }`;

interface Payload {
  deliveryId: string;
  page: number;
  pageCount: number;
  totalCustomers: number;
  customers: { externalId: string; email: string; name: string; segments: string[] }[];
}

class SimulatedCrash extends Error {}

/**
 * A delivery whose worker stops in the middle (here: an error during the back-off after a 503, the moment
 * a lost database connection would end the job) is run again: it must continue with the page after the
 * last accepted one, never start over. Only the holder of the delivery's lease sends; a process really
 * killed with SIGKILL is replaced through the lease sweep (tests/reliability/webhook-delivery-kill.test.ts).
 */
describe("webhook deliveries resume after a crash", () => {
  let api: TestApi;
  let analyst: TestUser;
  let seeded: SeededAudience;
  let receiver: TestReceiver;
  let endpointId: string;
  let secret: string;
  let campaignId: string;

  const sign = (body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  const policy = (pageSize: number): DeliveryPolicy => ({
    pageSize,
    maxAttempts: 3,
    retryDelayMs: 1,
    timeoutMs: 2_000,
    leaseMs: 60_000,
  });
  const crashOnFirstRetry = () => Promise.reject(new SimulatedCrash("worker killed during the back-off"));
  /** Sends the campaign to the endpoint again, with the receiver's log emptied; returns the new delivery's id. */
  const sendAfresh = async (): Promise<string> => {
    receiver.requests.length = 0;
    const sent = await api.execute<{ sendCampaignToWebhook: { id: string } }>(
      sendMutation,
      { campaignId, endpointId },
      analyst.viewer,
    );
    return sent.data!.sendCampaignToWebhook.id;
  };

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    seeded = await seedCampaignAudience(api.prisma);
    // Seven more consenting Loyal customers: an audience of 10 (loyal-1, loyal-3, risk-1 and these).
    for (let n = 1; n <= 7; n++) {
      const customer = await api.prisma.customer.create({
        data: {
          externalId: `extra-${n}`,
          email: `extra-${n}@example.com`,
          name: `Extra ${n}`,
          marketingConsent: true,
        },
      });
      await api.prisma.segmentMembership.create({
        data: {
          runId: seeded.activeRunId,
          segmentId: seeded.loyalId,
          customerId: customer.id,
          distance: 0.1,
        },
      });
    }
    receiver = await startTestReceiver();
    const created = await api.execute<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string } };
    }>(createEndpoint, { name: "CRM", url: receiver.url }, analyst.viewer);
    secret = created.data!.createWebhookEndpoint.secret;
    endpointId = created.data!.createWebhookEndpoint.endpoint.id;
    const campaign = await api.prisma.campaign.create({
      data: {
        name: "Resumable",
        channel: "WEBHOOK",
        status: "RUNNING",
        segments: { create: [{ segmentId: seeded.loyalId }, { segmentId: seeded.atRiskId }] },
      },
    });
    campaignId = campaign.id;
  });
  afterAll(async () => {
    await receiver?.close();
    await api?.close();
  });

  it("continues after the last accepted page: each page is accepted once, in order, signed, and together they are the audience", async () => {
    const sent = await api.execute<{
      sendCampaignToWebhook: { id: string; customerCount: number; pageCount: number; pagesDelivered: number };
    }>(sendMutation, { campaignId, endpointId }, analyst.viewer);
    expect(sent.errors).toBeUndefined();
    const deliveryId = sent.data!.sendCampaignToWebhook.id;
    expect(sent.data!.sendCampaignToWebhook).toMatchObject({
      customerCount: 10,
      pageCount: 0,
      pagesDelivered: 0,
    });

    // Pages of 3: 3 + 3 + 3 + 1. Pages 1 and 2 are accepted, page 3 gets a 503 and the worker dies.
    receiver.respondWith(200, 200, 503);
    await expect(
      deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(3), sleep: crashOnFirstRetry }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const midway = await api.execute(deliveryQuery, { id: deliveryId }, analyst.viewer);
    expect(midway.data).toEqual({
      webhookDelivery: {
        status: "PENDING",
        attempts: 3,
        customerCount: 10,
        pageCount: 4,
        pagesDelivered: 2,
        lastError: "The endpoint answered HTTP 503.",
      },
    });

    // The restarted worker runs with another page size in its code: the delivery keeps its own pages.
    await deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(1_000) });
    const done = await api.execute(deliveryQuery, { id: deliveryId }, analyst.viewer);
    expect(done.data).toEqual({
      webhookDelivery: {
        status: "DELIVERED",
        attempts: 5,
        customerCount: 10,
        pageCount: 4,
        pagesDelivered: 4,
        lastError: null,
      },
    });

    expect(receiver.requests.map((request) => request.headers["x-seglens-page"])).toEqual([
      "1/4",
      "2/4",
      "3/4",
      "3/4",
      "4/4",
    ]);
    for (const request of receiver.requests) {
      expect(request.headers["x-seglens-signature"]).toBe(sign(request.body));
      expect(request.headers["x-seglens-delivery"]).toBe(deliveryId);
    }
    // The refused request (the 503) was the first try of page 3; the rest were accepted.
    const accepted = receiver.requests
      .filter((_, index) => index !== 2)
      .map((request) => JSON.parse(request.body) as Payload);
    expect(accepted.map((payload) => payload.page)).toEqual([1, 2, 3, 4]);
    expect(accepted.map((payload) => payload.customers.length)).toEqual([3, 3, 3, 1]);
    expect(receiver.requests[3].body).toBe(receiver.requests[2].body);
    expect(new Set(accepted.map((payload) => `${payload.deliveryId} ${payload.totalCustomers}`))).toEqual(
      new Set([`${deliveryId} 10`]),
    );

    const received = accepted.flatMap((payload) => payload.customers);
    const audience = await api.execute<{
      campaignAudience: { edges: { node: Payload["customers"][number] }[] };
    }>(audienceQuery, { id: campaignId }, analyst.viewer);
    const expected = audience.data!.campaignAudience.edges.map((edge) => edge.node);
    expect(expected).toHaveLength(10);
    expect(new Set(received.map((customer) => customer.externalId)).size).toBe(10);
    const byExternalId = (a: { externalId: string }, b: { externalId: string }) =>
      a.externalId.localeCompare(b.externalId);
    expect([...received].sort(byExternalId)).toEqual([...expected].sort(byExternalId));
  });

  it("a worker that died after the last accepted page sends nothing again and marks the delivery delivered", async () => {
    const deliveryId = await sendAfresh();
    // Every page but the last accepted, then a crash; then the last one accepted and a crash before "DELIVERED".
    receiver.respondWith(200, 500);
    await expect(
      deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(5), sleep: crashOnFirstRetry }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "PENDING",
      pageCount: 2,
      pagesDelivered: 1,
    });
    await api.prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: { pagesDelivered: 2 },
    });
    await deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(5) });
    expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "DELIVERED",
      pagesDelivered: 2,
    });
    expect(receiver.requests.map((request) => request.headers["x-seglens-page"])).toEqual(["1/2", "2/2"]);
  });

  it("only the lease holder sends: a second job sends nothing, and a worker whose lapsed lease was swept stops before its next request", async () => {
    const deliveryId = await sendAfresh();
    // The first worker: page 1 accepted, page 2 refused, then it stalls in the back-off until released.
    receiver.respondWith(200, 503);
    let release = () => undefined as void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const first = deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(3), sleep: () => stalled });
    await waitUntil(() => receiver.requests.length === 2);
    const holder = (await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } }))
      .leaseHolder;
    expect(holder).toMatch(new RegExp(`:${process.pid}:[0-9a-f]{8}$`));

    // The old pg-boss job of the same delivery runs again while the lease is live: it sends nothing.
    await deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(3) });
    expect(receiver.requests).toHaveLength(2);
    expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "PENDING",
      leaseHolder: holder,
      pagesDelivered: 1,
    });

    // The first worker stalls past its lease: the sweep takes the delivery back and a new worker finishes it.
    await api.prisma.webhookDelivery.update({
      where: { id: deliveryId },
      data: { leaseExpiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await requeueLapsedDeliveries({ prisma: api.prisma, jobs: api.jobs, leaseMs: 60_000 })).toEqual([
      deliveryId,
    ]);
    await deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(3) });
    // Released, the first worker finds its lease gone and stops without another request.
    release();
    await first;
    expect(receiver.requests.map((request) => request.headers["x-seglens-page"])).toEqual([
      "1/4",
      "2/4",
      "2/4",
      "3/4",
      "4/4",
    ]);
    expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "DELIVERED",
      pagesDelivered: 4,
      attempts: 5,
      leaseHolder: null,
      leaseExpiresAt: null,
    });
  });

  it("the sweep queues a delivery whose lease lapsed once, even with two sweeps at once, and leaves the others alone", async () => {
    const delivery = (
      status: "PENDING" | "DELIVERED",
      leaseHolder: string | null,
      expiresInMs: number | null,
    ) =>
      api.prisma.webhookDelivery.create({
        data: {
          endpointId,
          campaignId,
          status,
          leaseHolder,
          leaseExpiresAt: expiresInMs === null ? null : new Date(Date.now() + expiresInMs),
        },
      });
    // Leave only this test's deliveries pending.
    await api.prisma.webhookDelivery.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
    const lapsed = await delivery("PENDING", "dead-host:1:00000000", -5_000);
    await delivery("PENDING", "live-host:2:00000000", 60_000);
    await delivery("PENDING", null, 60_000); // just sent: reserved for its job, which has not started
    await delivery("DELIVERED", "done-host:3:00000000", -5_000);
    const queued: unknown[] = [];
    const recordingJobs = {
      ...api.jobs,
      send: ((queue, data, options) => {
        queued.push(data);
        return api.jobs.send(queue, data, options);
      }) as typeof api.jobs.send,
    };

    const sweeps = await Promise.all([
      requeueLapsedDeliveries({ prisma: api.prisma, jobs: recordingJobs, leaseMs: 60_000 }),
      requeueLapsedDeliveries({ prisma: api.prisma, jobs: recordingJobs, leaseMs: 60_000 }),
    ]);
    expect(sweeps.flat()).toEqual([lapsed.id]);
    expect(queued).toEqual([{ deliveryId: lapsed.id }]);
    const reserved = await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: lapsed.id } });
    expect(reserved.leaseHolder).toBeNull();
    expect(reserved.leaseExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Reserved for the queued job: the next sweep leaves it alone.
    expect(
      await requeueLapsedDeliveries({ prisma: api.prisma, jobs: recordingJobs, leaseMs: 60_000 }),
    ).toEqual([]);
  });

  describe("a delivery whose job was never queued", () => {
    const leaseMs = 1_000;
    const sweep = (jobs: TestApi["jobs"]) => requeueLapsedDeliveries({ prisma: api.prisma, jobs, leaseMs });
    /** The real queue, recording each job queued (the test runs the worker itself, as the job would). */
    const recordingQueue = () => {
      const queued: WebhookDeliveryJob[] = [];
      const jobs: TestApi["jobs"] = {
        ...api.jobs,
        send: ((queue, data, options) => {
          queued.push(data as WebhookDeliveryJob);
          return api.jobs.send(queue, data, options);
        }) as TestApi["jobs"]["send"],
      };
      return { queued, jobs };
    };
    const send = (jobs: TestApi["jobs"]) =>
      sendCampaignToWebhook({
        prisma: api.prisma,
        jobs,
        viewer: analyst.viewer,
        campaignId,
        endpointId,
        leaseMs,
      });
    const pages = () => receiver.requests.map((request) => request.headers["x-seglens-page"]);

    beforeEach(async () => {
      // No delivery of the campaign left pending by the tests above: each test here sends it anew.
      await api.prisma.webhookDelivery.updateMany({
        where: { status: "PENDING" },
        data: { status: "FAILED" },
      });
      receiver.requests.length = 0;
    });

    it("is queued by the sweep once its reservation lapses, and a worker sends every page once", async () => {
      // The process dies after the delivery is committed, while queueing its job: the job is never stored.
      const lost: WebhookDeliveryJob[] = [];
      const dying: TestApi["jobs"] = {
        ...api.jobs,
        send: ((_queue, data) => {
          lost.push(data as WebhookDeliveryJob);
          return new Promise<string>(() => undefined);
        }) as TestApi["jobs"]["send"],
      };
      void send(dying);
      await waitUntil(() => lost.length === 1);
      const { deliveryId } = lost[0];
      const created = await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(created).toMatchObject({ status: "PENDING", customerCount: 10, leaseHolder: null });
      // Reserved for one lease from the end of the transaction (not its start) on the database clock.
      const reservedFor = created.leaseExpiresAt!.getTime() - created.createdAt.getTime();
      expect(reservedFor).toBeGreaterThanOrEqual(leaseMs);
      expect(reservedFor).toBeLessThan(leaseMs + 2_000);
      // Until the delivery ends, the campaign cannot be sent again.
      const refused = await api.execute(sendMutation, { campaignId, endpointId }, analyst.viewer);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });

      const { queued, jobs } = recordingQueue();
      // Within the lease the sweep waits: the delivery's own job may still come.
      expect(await sweep(jobs)).toEqual([]);
      await new Promise((resolve) =>
        setTimeout(resolve, created.leaseExpiresAt!.getTime() - Date.now() + 50),
      );
      const sweeps = await Promise.all([sweep(jobs), sweep(jobs)]);
      expect(sweeps.flat()).toEqual([deliveryId]);
      expect(queued).toEqual([{ deliveryId }]);

      // The worker runs the swept job (and any copy of it arriving later, which sends nothing).
      await deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(3) });
      await deliverWebhook({ prisma: api.prisma, deliveryId, policy: policy(3) });
      expect(pages()).toEqual(["1/4", "2/4", "3/4", "4/4"]);
      const customers = receiver.requests.flatMap(
        (request) => (JSON.parse(request.body) as Payload).customers,
      );
      expect(new Set(customers.map((customer) => customer.externalId)).size).toBe(10);
      expect(await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject(
        {
          status: "DELIVERED",
          pagesDelivered: 4,
          attempts: 4,
          leaseHolder: null,
          leaseExpiresAt: null,
        },
      );
      await new Promise((resolve) => setTimeout(resolve, leaseMs + 50));
      expect(await sweep(jobs)).toEqual([]);
      expect(queued).toHaveLength(1);
    });

    it("a normal send is queued once: sweeps running meanwhile leave it to its job, which claims it at once", async () => {
      const { queued, jobs } = recordingQueue();
      // The send's transaction waits longer than a lease for the campaign's lock (as behind a slow snapshot
      // of a big audience): its reservation must start when the delivery is written, not when the send began.
      let locked = () => undefined as void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const locker = api.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Campaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
        locked();
        await new Promise((resolve) => setTimeout(resolve, leaseMs * 1.3));
      });
      await lockTaken;
      const sweptDuringSend: string[][] = [];
      let sending = true;
      const sent = send(jobs).finally(() => (sending = false));
      while (sending) {
        sweptDuringSend.push(await sweep(jobs));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await locker;
      const delivery = await sent;
      expect(delivery.status).toBe("PENDING");
      expect(sweptDuringSend.flat()).toEqual([]);
      expect(await sweep(jobs)).toEqual([]);
      expect(queued).toEqual([{ deliveryId: delivery.id }]);

      // The job claims the reserved delivery at once (no holder yet), long before the reservation lapses.
      receiver.respondWith(200, 503);
      let release = () => undefined as void;
      const stalled = new Promise<void>((resolve) => (release = resolve));
      const worker = deliverWebhook({
        prisma: api.prisma,
        deliveryId: delivery.id,
        policy: { ...policy(3), leaseMs },
        sleep: () => stalled,
      });
      await waitUntil(() => receiver.requests.length === 2);
      expect(
        (await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).leaseHolder,
      ).toMatch(new RegExp(`:${process.pid}:[0-9a-f]{8}$`));
      // Longer than the reservation: the worker's renewals keep the delivery its own, so no sweep takes it.
      await new Promise((resolve) => setTimeout(resolve, leaseMs * 1.5));
      expect(await sweep(jobs)).toEqual([]);
      release();
      await worker;
      expect(pages()).toEqual(["1/4", "2/4", "2/4", "3/4", "4/4"]);
      expect(
        await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }),
      ).toMatchObject({
        status: "DELIVERED",
        pagesDelivered: 4,
      });
      expect(await sweep(jobs)).toEqual([]);
      expect(queued).toHaveLength(1);
    });

    it("a send whose job the queue refused fails the delivery at once, and the campaign can be sent again", async () => {
      const refusing: TestApi["jobs"] = {
        ...api.jobs,
        send: (() => Promise.reject(new Error("queue unavailable"))) as TestApi["jobs"]["send"],
      };
      await expect(send(refusing)).rejects.toThrow("queue unavailable");
      const failed = await api.prisma.webhookDelivery.findFirstOrThrow({
        where: { campaignId },
        orderBy: { createdAt: "desc" },
      });
      expect(failed).toMatchObject({
        status: "FAILED",
        lastError: "The delivery could not be queued.",
        leaseHolder: null,
        leaseExpiresAt: null,
      });
      const { queued, jobs } = recordingQueue();
      await new Promise((resolve) => setTimeout(resolve, leaseMs + 50));
      expect(await sweep(jobs)).toEqual([]);
      const again = await send(jobs);
      expect(again.id).not.toBe(failed.id);
      expect(queued).toEqual([{ deliveryId: again.id }]);
    });

    it("one created without a lease before this release is swept once the data migration has run", async () => {
      // As the previous release created deliveries: no lease at all, invisible to the sweep.
      const unleased = await api.prisma.webhookDelivery.create({ data: { endpointId, campaignId } });
      const finished = await api.prisma.webhookDelivery.create({
        data: { endpointId, campaignId, status: "DELIVERED" },
      });
      const { queued, jobs } = recordingQueue();
      expect(await sweep(jobs)).toEqual([]);

      const migrationsDir = path.join(__dirname, "../../../../../prisma/migrations");
      const folder = readdirSync(migrationsDir).find((name) =>
        name.endsWith("_webhook_delivery_reserve_pending"),
      );
      await api.prisma.$executeRawUnsafe(
        readFileSync(path.join(migrationsDir, folder!, "migration.sql"), "utf8"),
      );

      expect(await Promise.all([sweep(jobs), sweep(jobs)]).then((sweeps) => sweeps.flat())).toEqual([
        unleased.id,
      ]);
      expect(await sweep(jobs)).toEqual([]);
      expect(queued).toEqual([{ deliveryId: unleased.id }]);
      expect(
        (await api.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: finished.id } })).leaseExpiresAt,
      ).toBeNull();
    });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
