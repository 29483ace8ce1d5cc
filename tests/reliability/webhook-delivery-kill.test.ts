import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import { createOwnerSession, postGraphql, waitFor } from "./support/api-client";
import { startApiProcess, type ApiProcess } from "./support/api-process";
import { queryOnce, seedCustomersWithSql } from "./support/seed-customers-sql";

/**
 * Two REAL API processes on one database; the one delivering a campaign to a webhook is SIGKILLed with a
 * request in flight. The other must finish the delivery within about a lease (3 s here, 30 s by default),
 * not when pg-boss expires the dead job (30 min), and the receiver must accept every page exactly once.
 */
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const leaseSeconds = 3;
const apiEnv = {
  SEGLENS_RATE_LIMIT_PER_MINUTE: "1000000",
  SEGLENS_WEBHOOK_LEASE_SECONDS: String(leaseSeconds),
};
// 5,000 seeded customers, every fourth without consent: an audience of 3,750, 4 pages of 1,000.
const seededCustomers = 5_000;
const audienceSize = 3_750;
const pageCount = 4;

interface Payload {
  deliveryId: string;
  page: number;
  pageCount: number;
  customers: { externalId: string }[];
}

/** Answers 200 until `acceptPages` pages are accepted, then holds every request unanswered until released. */
async function startHoldingReceiver(acceptPages: number) {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const accepted: { headers: IncomingHttpHeaders; body: string }[] = [];
  const held: ServerResponse[] = [];
  let holding = false;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(entry);
      if (holding || accepted.length >= acceptPages) {
        holding = true;
        held.push(response);
        return;
      }
      accepted.push(entry);
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    accepted,
    held,
    /** Drops the held requests (their sender is dead) and accepts everything from now on. */
    release() {
      for (const response of held.splice(0)) response.destroy();
      holding = false;
      acceptPages = Number.POSITIVE_INFINITY;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("webhook delivery after SIGKILL", () => {
  let database: TestDatabase;
  let apis: ApiProcess[] = [];
  let receiver: Awaited<ReturnType<typeof startHoldingReceiver>>;

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    // One after the other: each process runs `prisma migrate deploy` at start, and two at once wait on
    // Prisma's advisory lock, which gives up after 10 s on a loaded machine (seen in CI: P1002).
    apis = [
      await startApiProcess({ databaseUrl: database.databaseUrl, env: apiEnv }),
      await startApiProcess({ databaseUrl: database.databaseUrl, env: apiEnv }),
    ];
    await seedCustomersWithSql(database.databaseUrl, seededCustomers);
    receiver = await startHoldingReceiver(2);
  });

  afterAll(async () => {
    for (const api of apis) await api.stop(5_000);
    await receiver?.close();
    await database?.drop();
  });

  it("another API process finishes the delivery within about a lease, each page accepted exactly once", async () => {
    const [{ id: runId }] = await queryOnce<{ id: string }>(
      database.databaseUrl,
      `insert into "SegmentationRun" (id, name, status, parameters, progress, stage, "isActive", k, "customerCount")
       values (gen_random_uuid(), 'seeded', 'SUCCEEDED', '{}', 1, 'done', true, 1, $1) returning id`,
      [seededCustomers],
    );
    const [{ id: segmentId }] = await queryOnce<{ id: string }>(
      database.databaseUrl,
      `insert into "Segment" (id, "runId", "clusterIndex", name, description, size, share, centroid, profile, rules, "updatedAt")
       values (gen_random_uuid(), $1, 0, 'Everyone', 'All seeded customers', $2, 1, '[]', '{}', '[]', now()) returning id`,
      [runId, seededCustomers],
    );
    await queryOnce(
      database.databaseUrl,
      `insert into "SegmentMembership" ("runId", "customerId", "segmentId", distance)
       select $1, id, $2, 0 from "Customer"`,
      [runId, segmentId],
    );
    const [{ id: campaignId }] = await queryOnce<{ id: string }>(
      database.databaseUrl,
      `insert into "Campaign" (id, name, channel, status, "updatedAt")
       values (gen_random_uuid(), 'Kill test', 'WEBHOOK', 'RUNNING', now()) returning id`,
    );
    await queryOnce(database.databaseUrl, `insert into "CampaignSegment" values ($1, $2)`, [
      campaignId,
      segmentId,
    ]);

    const owner = await createOwnerSession(apis[0].url);
    const endpoint = await postGraphql<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string } };
    }>(
      apis[0].url,
      "mutation E($name: String!, $url: String!) { createWebhookEndpoint(name: $name, url: $url) { secret endpoint { id } } }",
      { name: "CRM", url: receiver.url },
      { cookie: owner },
    );
    const { secret, endpoint: created } = endpoint.body.data!.createWebhookEndpoint;
    const sent = await postGraphql<{ sendCampaignToWebhook: { id: string } }>(
      apis[0].url,
      "mutation S($campaignId: ID!, $endpointId: ID!) { sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) { id } }",
      { campaignId, endpointId: created.id },
      { cookie: owner },
    );
    expect(sent.body.errors).toBeUndefined();
    const deliveryId = sent.body.data!.sendCampaignToWebhook.id;

    // Pages 1 and 2 accepted; page 3 is in flight (held) when its sender is killed.
    await waitFor("page 3 in flight", async () => (receiver.held.length > 0 ? true : undefined), 60_000, 20);
    const [{ leaseHolder }] = await queryOnce<{ leaseHolder: string }>(
      database.databaseUrl,
      `select "leaseHolder" from "WebhookDelivery" where id = $1`,
      [deliveryId],
    );
    const holderPid = Number(leaseHolder.split(":")[1]);
    const victim = apis.find((api) => api.child.pid === holderPid);
    const survivor = apis.find((api) => api.child.pid !== holderPid)!;
    expect(victim).toBeDefined();
    victim!.child.kill("SIGKILL");
    await victim!.exited;
    const killedAt = Date.now();
    receiver.release();

    const delivered = await waitFor(
      "the delivery to be finished by the other process",
      async () => {
        const [row] = await queryOnce<{ status: string; pagesDelivered: number; leaseHolder: string | null }>(
          database.databaseUrl,
          `select status, "pagesDelivered", "leaseHolder" from "WebhookDelivery" where id = $1`,
          [deliveryId],
        );
        return row.status === "PENDING" ? undefined : row;
      },
      60_000,
      50,
    );
    const resumedAfterMs = Date.now() - killedAt;
    process.stdout.write(`webhook delivery finished ${resumedAfterMs} ms after its worker was killed\n`);
    expect(delivered).toEqual({ status: "DELIVERED", pagesDelivered: pageCount, leaseHolder: null });
    // Lapse (<= a lease) + sweep (every half lease) + the queue's 1 s polling + two pages: ~5.6 s at worst
    // with a 3 s lease; the bound leaves room for a loaded machine and is still minutes below pg-boss's expiry.
    expect(resumedAfterMs).toBeLessThan(leaseSeconds * 1_000 * 3);
    expect(survivor.logs()).toContain("webhook deliveries with a lapsed lease queued again");

    const sign = (body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    for (const request of receiver.received) {
      expect(request.headers["x-seglens-signature"]).toBe(sign(request.body));
      expect(request.headers["x-seglens-delivery"]).toBe(deliveryId);
    }
    const pages = receiver.accepted.map((request) => JSON.parse(request.body) as Payload);
    expect(pages.map((payload) => payload.page)).toEqual([1, 2, 3, 4]);
    expect(pages.every((payload) => payload.pageCount === pageCount)).toBe(true);
    const externalIds = pages.flatMap((payload) => payload.customers.map((customer) => customer.externalId));
    expect(externalIds).toHaveLength(audienceSize);
    expect(new Set(externalIds).size).toBe(audienceSize);
    const audience = await queryOnce<{ externalId: string }>(
      database.databaseUrl,
      `select c."externalId" from "CampaignAudienceMember" a join "Customer" c on c.id = a."customerId"
       where a."campaignId" = $1`,
      [campaignId],
    );
    expect(new Set(externalIds)).toEqual(new Set(audience.map((row) => row.externalId)));
  });
});
