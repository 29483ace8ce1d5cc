import { createTestUser, type TestUser } from "../auth/create-test-user";
import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { uploadImportFile } from "./test-fixtures/upload-import-file";
import { waitForImportEnd } from "./test-fixtures/wait-for-import";
import {
  groupShapes,
  runToSuccess,
  seedThreeGroups,
  type GroupName,
  type SeededGroups,
} from "../segmentation-runs/test-fixtures/seed-three-groups";

const day = 86_400_000;
const startMutation = "mutation Start($id: ID!) { startImport(importId: $id) { id status } }";
const realtimeCountQuery = "query Run($id: ID!) { segmentationRun(id: $id) { realtimeAssignedCount } }";

describe("imports score the customers they change with the active run's model", () => {
  let api: TestApi;
  let owner: TestUser;
  let groups: SeededGroups;
  let runId: string;
  /** Segment id of each seeded group in the run. */
  const segmentOf = {} as Record<GroupName, string>;
  const now = Date.now();

  beforeAll(async () => {
    api = await createTestApi();
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    groups = await seedThreeGroups(api.prisma, 100, now);
    runId = await runToSuccess(api, owner.viewer, { name: "three groups", k: 3, seed: 7, restarts: 5 });
    for (const group of Object.keys(groups.members) as GroupName[]) {
      const memberships = await api.prisma.segmentMembership.findMany({
        where: { runId, customerId: { in: groups.members[group] } },
        select: { segmentId: true },
      });
      const segments = new Set(memberships.map((membership) => membership.segmentId));
      expect(segments.size).toBe(1);
      segmentOf[group] = [...segments][0];
    }
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  async function runImport(kind: string, content: string) {
    const { status, body } = await uploadImportFile({
      apiUrl: api.url,
      content,
      fields: { kind },
      headers: { "x-seglens-csrf": "1", cookie: owner.cookie },
    });
    expect(status).toBe(201);
    const importJob = body.importJob!;
    if (importJob.status === "QUEUED")
      expect((await api.execute(startMutation, { id: importJob.id }, owner.viewer)).errors).toBeUndefined();
    return waitForImportEnd(api, importJob.id);
  }

  async function membershipsOf(externalIds: string[]) {
    const rows = await api.prisma.segmentMembership.findMany({
      where: { runId, customer: { externalId: { in: externalIds } } },
      select: { segmentId: true, source: true, assignedAt: true, customer: { select: { externalId: true } } },
    });
    return Object.fromEntries(
      rows.map((row) => [
        row.customer.externalId,
        { segmentId: row.segmentId, source: row.source, assignedAt: row.assignedAt },
      ]),
    );
  }

  async function realtimeCount(): Promise<number> {
    const result = await api.execute<{ segmentationRun: { realtimeAssignedCount: number } }>(
      realtimeCountQuery,
      { id: runId },
      owner.viewer,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.segmentationRun.realtimeAssignedCount;
  }

  /** Order lines shaped like `group`'s orders (see seedThreeGroups), one line per order. */
  function orderLines(customer: string, group: GroupName): string[] {
    const shape = groupShapes[group];
    return Array.from({ length: shape.orders }, (_, order) => {
      const orderedAt = new Date(now - (shape.lastDaysAgo + order * shape.spacingDays) * day).toISOString();
      return `${customer}-o${order},${customer},${orderedAt},GIFT,1,${shape.total}`;
    });
  }

  it("scores imported customers, then moves them (and a run member) by their imported orders, without a new run", async () => {
    const signup = (group: GroupName) => new Date(now - groupShapes[group].signupDaysAgo * day).toISOString();
    const customers = await runImport(
      "CUSTOMERS",
      [
        "external_id,email,signup_date",
        `imp-champion,imp-champion@example.com,${signup("champions")}`,
        `imp-lapsed,imp-lapsed@example.com,${signup("lapsed")}`,
      ].join("\n"),
    );
    expect(customers).toMatchObject({ status: "SUCCEEDED", createdCount: 2 });
    const scored = await membershipsOf(["imp-champion", "imp-lapsed"]);
    expect(Object.keys(scored).sort()).toEqual(["imp-champion", "imp-lapsed"]);
    expect(Object.values(scored).map((membership) => membership.source)).toEqual(["REALTIME", "REALTIME"]);
    expect(await realtimeCount()).toBe(2);

    const regular = await api.prisma.customer.findUniqueOrThrow({
      where: { id: groups.members.regulars[0] },
    });
    const ordersCsv = [
      "order_id,customer_id,ordered_at,sku,quantity,unit_price",
      ...orderLines("imp-champion", "champions"),
      ...orderLines("imp-lapsed", "lapsed"),
      ...orderLines(regular.externalId, "champions"),
    ].join("\n");
    const orders = await runImport("ORDERS", ordersCsv);
    expect(orders).toMatchObject({ status: "SUCCEEDED", createdCount: 21, errorCount: 0 });
    const moved = await membershipsOf(["imp-champion", "imp-lapsed", regular.externalId]);
    expect(moved).toEqual({
      "imp-champion": { segmentId: segmentOf.champions, source: "REALTIME", assignedAt: expect.any(Date) },
      "imp-lapsed": { segmentId: segmentOf.lapsed, source: "REALTIME", assignedAt: expect.any(Date) },
      [regular.externalId]: {
        segmentId: segmentOf.champions,
        source: "REALTIME",
        assignedAt: expect.any(Date),
      },
    });
    expect(await realtimeCount()).toBe(3);
    // The other run members are untouched.
    expect(await api.prisma.segmentMembership.count({ where: { runId, source: "RUN" } })).toBe(
      groups.total - 1,
    );

    // The same file again changes no order, so no customer is scored again.
    const again = await runImport("ORDERS", ordersCsv);
    expect(again).toMatchObject({ status: "SUCCEEDED", createdCount: 0, updatedCount: 0, skippedCount: 21 });
    expect(await membershipsOf(["imp-champion", "imp-lapsed", regular.externalId])).toEqual(moved);
    expect(await realtimeCount()).toBe(3);

    // New events score their customer again (same segment: the run's features are about orders).
    const events = await runImport(
      "EVENTS",
      ["customer_id,type,occurred_at", `imp-lapsed,view,${new Date(now - day).toISOString()}`].join("\n"),
    );
    expect(events).toMatchObject({ status: "SUCCEEDED", createdCount: 1 });
    const afterEvent = (await membershipsOf(["imp-lapsed"]))["imp-lapsed"];
    expect(afterEvent).toMatchObject({ segmentId: segmentOf.lapsed, source: "REALTIME" });
    expect(afterEvent.assignedAt.getTime()).toBeGreaterThan(moved["imp-lapsed"].assignedAt.getTime());
    expect(await realtimeCount()).toBe(3);
  });

  it("keeps the import when the active run's model is unreadable, and scores nothing", async () => {
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
      const job = await runImport("CUSTOMERS", "external_id,name\nimp-unscored,Una\nimp-champion,Renamed\n");
      expect(job).toMatchObject({ status: "SUCCEEDED", createdCount: 1, updatedCount: 1 });
      expect(
        (await api.prisma.customer.findUniqueOrThrow({ where: { externalId: "imp-champion" } })).name,
      ).toBe("Renamed");
      expect(await api.prisma.segmentMembership.count({ where: { runId: broken.id } })).toBe(0);
      expect(await membershipsOf(["imp-unscored"])).toEqual({});
    } finally {
      await api.prisma.segmentationRun.delete({ where: { id: broken.id } });
      await api.prisma.segmentationRun.update({ where: { id: runId }, data: { isActive: true } });
    }
  });
});
