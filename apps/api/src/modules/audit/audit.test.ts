import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { recordAudit } from "./record-audit";

const auditLog = `query Audit($first: Int, $after: String, $entityType: String) {
  auditLog(first: $first, after: $after, entityType: $entityType) {
    totalCount pageInfo { hasNextPage endCursor } nodes { action entityType entityId actorUserId actorEmail actorApiKeyId details }
  }
}`;

interface AuditPage {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      action: string;
      entityType: string;
      entityId: string | null;
      actorUserId: string | null;
      actorEmail: string | null;
      actorApiKeyId: string | null;
      details: Record<string, unknown>;
    }[];
  };
}

describe("audit log", () => {
  let api: TestApi;
  let analyst: TestUser;
  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    for (let index = 1; index <= 3; index += 1) {
      await recordAudit({
        prisma: api.prisma,
        viewer: analyst.viewer,
        action: "campaign.create",
        entityType: "Campaign",
        entityId: `c${index}`,
        details: { name: `Campaign ${index}` },
      });
    }
    await recordAudit({
      prisma: api.prisma,
      viewer: { kind: "apiKey", apiKeyId: "key-1", ownerId: analyst.user.id, scopes: ["customers:write"] },
      action: "customer.upsert",
      entityType: "Customer",
      entityId: 7,
      details: {
        externalId: "C-7",
        password: "hunter2!",
        apiKey: "sk_live_x",
        nested: { token: "t", kept: 1 },
      },
      ipAddress: "10.0.0.1",
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("records the actor (user, or API key and its owner) and drops secret-looking details", async () => {
    const page = await api.execute<AuditPage>(auditLog, { first: 1 }, analyst.viewer);
    expect(page.data?.auditLog.nodes).toEqual([
      {
        action: "customer.upsert",
        entityType: "Customer",
        entityId: "7",
        actorUserId: analyst.user.id,
        actorEmail: analyst.user.email,
        actorApiKeyId: "key-1",
        details: { externalId: "C-7", nested: { kept: 1 } },
      },
    ]);
  });

  it("pages newest first with stable cursors and filters by entity type", async () => {
    const first = await api.execute<AuditPage>(
      auditLog,
      { first: 2, entityType: "Campaign" },
      analyst.viewer,
    );
    expect(first.data?.auditLog).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.data?.auditLog.nodes.map((node) => node.entityId)).toEqual(["c3", "c2"]);
    await recordAudit({
      prisma: api.prisma,
      viewer: analyst.viewer,
      action: "campaign.create",
      entityType: "Campaign",
      entityId: "c4",
    });
    const second = await api.execute<AuditPage>(
      auditLog,
      { first: 2, entityType: "Campaign", after: first.data?.auditLog.pageInfo.endCursor },
      analyst.viewer,
    );
    expect(second.data?.auditLog.nodes.map((node) => node.entityId)).toEqual(["c1"]);
    expect(second.data?.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses bad paging input and callers without audit:read", async () => {
    expect((await api.execute(auditLog, { first: 0 }, analyst.viewer)).errors?.[0].extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      (await api.execute(auditLog, { first: 5, after: "bm90LWEtY3Vyc29y" }, analyst.viewer)).errors?.[0],
    ).toMatchObject({
      message: "after is not a cursor returned by the audit log.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const viewer = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
    expect((await api.execute(auditLog, { first: 5 }, viewer.viewer)).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
  });
});
