import type { PrismaClient } from "@seglens/database";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { findSuppressed, isSuppressed } from "./is-suppressed";

const exportData = "query Export($customerId: Int!) { exportCustomerData(customerId: $customerId) }";
const erase =
  "mutation Erase($customerId: Int!) { eraseCustomer(customerId: $customerId) { customerId ordersDeleted eventsDeleted membershipsDeleted campaignAudiencesDeleted suppressionEntries } }";

async function seedCustomer(prisma: PrismaClient, externalId: string, email: string) {
  const customer = await prisma.customer.create({
    data: {
      externalId,
      email,
      name: "Ada Lovelace",
      city: "London",
      marketingConsent: true,
      orderCount: 1,
      totalSpent: "42.50",
    },
  });
  await prisma.order.create({
    data: {
      externalId: `${externalId}-o1`,
      customerId: customer.id,
      orderedAt: new Date("2026-03-01T10:00:00Z"),
      total: "42.50",
      lines: {
        create: [
          { sku: "TEA-1", quantity: 2, unitPrice: "10.25" },
          { sku: "MUG-1", quantity: 1, unitPrice: "22.00" },
        ],
      },
    },
  });
  await prisma.event.create({
    data: {
      customerId: customer.id,
      type: "VIEW",
      occurredAt: new Date("2026-03-01T09:00:00Z"),
      dedupeKey: `${externalId}-e1`,
    },
  });
  const run = await prisma.segmentationRun.create({
    data: { name: "Spring run", status: "SUCCEEDED", parameters: {} },
  });
  const segment = await prisma.segment.create({
    data: {
      runId: run.id,
      clusterIndex: 0,
      name: "Tea lovers",
      description: "d",
      size: 1,
      share: 1,
      centroid: [],
      profile: {},
      rules: [],
    },
  });
  await prisma.segmentMembership.create({
    data: { runId: run.id, customerId: customer.id, segmentId: segment.id, distance: 0.5 },
  });
  const campaign = await prisma.campaign.create({ data: { name: "Spring tea", channel: "EMAIL" } });
  await prisma.campaignAudienceMember.create({ data: { campaignId: campaign.id, customerId: customer.id } });
  return customer;
}

describe("privacy: export and erasure", () => {
  let api: TestApi;
  let analyst: TestUser;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("exports everything held about a customer as plain JSON", async () => {
    const customer = await seedCustomer(api.prisma, "C-100", "ada@example.com");
    const result = await api.execute<{ exportCustomerData: Record<string, unknown> }>(
      exportData,
      { customerId: customer.id },
      analyst.viewer,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!.exportCustomerData as {
      customer: Record<string, unknown>;
      orders: { total: number; lines: { sku: string; quantity: number; unitPrice: number }[] }[];
      events: { type: string }[];
      segmentMemberships: { segmentName: string; runName: string; distance: number }[];
      campaignAudiences: { campaignName: string; channel: string }[];
    };
    expect(data.customer).toMatchObject({
      id: customer.id,
      externalId: "C-100",
      email: "ada@example.com",
      name: "Ada Lovelace",
      totalSpent: 42.5,
    });
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0].total).toBe(42.5);
    expect(
      data.orders[0].lines.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice })),
    ).toEqual([
      { sku: "TEA-1", quantity: 2, unitPrice: 10.25 },
      { sku: "MUG-1", quantity: 1, unitPrice: 22 },
    ]);
    expect(data.events.map((event) => event.type)).toEqual(["VIEW"]);
    expect(data.segmentMemberships).toMatchObject([
      { segmentName: "Tea lovers", runName: "Spring run", distance: 0.5 },
    ]);
    expect(data.campaignAudiences).toMatchObject([{ campaignName: "Spring tea", channel: "EMAIL" }]);

    expect(
      (await api.execute(exportData, { customerId: 999_999 }, analyst.viewer)).errors?.[0].extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await api.execute(exportData, { customerId: 0 }, analyst.viewer)).errors?.[0]).toMatchObject({
      message: "customerId must be a positive integer.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const viewer = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    expect(
      (await api.execute(exportData, { customerId: customer.id }, viewer.viewer)).errors?.[0].extensions
        ?.code,
    ).toBe("FORBIDDEN");
  });

  it("erases a customer with all their data in one step and suppresses them for future imports", async () => {
    const customer = await seedCustomer(api.prisma, "C-200", "grace@example.com");
    const bystander = await api.prisma.customer.create({
      data: { externalId: "C-201", email: "linus@example.com" },
    });
    expect(await isSuppressed({ prisma: api.prisma, email: "grace@example.com", externalId: "C-200" })).toBe(
      false,
    );

    const result = await api.execute(erase, { customerId: customer.id }, analyst.viewer);
    expect(result.data).toEqual({
      eraseCustomer: {
        customerId: customer.id,
        ordersDeleted: 1,
        eventsDeleted: 1,
        membershipsDeleted: 1,
        campaignAudiencesDeleted: 1,
        suppressionEntries: 2,
      },
    });
    expect(await api.prisma.customer.findUnique({ where: { id: customer.id } })).toBeNull();
    expect(await api.prisma.order.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await api.prisma.orderLine.count({ where: { order: { externalId: "C-200-o1" } } })).toBe(0);
    expect(await api.prisma.event.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await api.prisma.segmentMembership.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await api.prisma.campaignAudienceMember.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await api.prisma.customer.count({ where: { id: bystander.id } })).toBe(1);

    // Only hashes are kept: neither the email nor the external id appears in the database any more.
    const entries = await api.prisma.suppressionEntry.findMany();
    expect(entries.map((entry) => entry.kind).sort()).toEqual(["EMAIL", "EXTERNAL_ID"]);
    expect(JSON.stringify(entries)).not.toContain("grace");
    const audit = await api.prisma.auditLog.findFirstOrThrow({ where: { action: "customer.erase" } });
    expect(audit).toMatchObject({ actorUserId: analyst.user.id, entityId: String(customer.id) });
    expect(JSON.stringify(audit.details)).not.toContain("grace");

    expect(await isSuppressed({ prisma: api.prisma, email: "  GRACE@example.com " })).toBe(true);
    expect(await isSuppressed({ prisma: api.prisma, externalId: "C-200" })).toBe(true);
    expect(await isSuppressed({ prisma: api.prisma, email: "linus@example.com", externalId: "C-201" })).toBe(
      false,
    );
    expect(
      await findSuppressed({
        prisma: api.prisma,
        customers: [
          { externalId: "C-201", email: "linus@example.com" },
          { externalId: "new", email: "grace@example.com" },
          { externalId: "C-200" },
          {},
        ],
      }),
    ).toEqual([false, true, true, false]);

    const again = await api.execute(erase, { customerId: customer.id }, analyst.viewer);
    expect(again.errors?.[0]).toMatchObject({
      message: `No customer with id ${customer.id}.`,
      extensions: { code: "NOT_FOUND" },
    });
    const viewer = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    expect(
      (await api.execute(erase, { customerId: bystander.id }, viewer.viewer)).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    expect(await api.prisma.customer.count({ where: { id: bystander.id } })).toBe(1);
  });
});
