import { createTestApi, type TestApi } from "../../testing/create-test-api";
import { createTestUser, type TestUser } from "../auth/create-test-user";
import { createTestApiKey } from "../campaigns/test-fixtures/seed-campaign-audience";

const settingsQuery = `query Settings { shopSettings { currency updatedAt } }`;
const updateMutation = `mutation Update($input: UpdateShopSettingsInput!) { updateShopSettings(input: $input) { currency updatedAt } }`;

describe("shop settings: the shop's currency", () => {
  let api: TestApi;
  let owner: TestUser;
  let analyst: TestUser;
  let viewerUser: TestUser;

  beforeAll(async () => {
    api = await createTestApi({ runWorkers: false });
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
    analyst = await createTestUser({ prisma: api.prisma, role: "ANALYST" });
    viewerUser = await createTestUser({ prisma: api.prisma, role: "VIEWER" });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("is USD, never changed, until someone changes it; any signed-in caller reads it", async () => {
    expect(await api.execute(settingsQuery, {}, viewerUser.viewer)).toEqual({
      data: { shopSettings: { currency: "USD", updatedAt: null } },
    });
    const key = await createTestApiKey(api.prisma, owner.user.id, ["customers:read"]);
    const overHttp = await api.post(settingsQuery, {}, { authorization: `Bearer ${key}` });
    expect(overHttp.body).toEqual({ data: { shopSettings: { currency: "USD", updatedAt: null } } });
    const anonymous = await api.post(settingsQuery);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lets the owner and the analyst change it, normalising the code, and audits each change", async () => {
    const byOwner = await api.execute<{ updateShopSettings: { currency: string; updatedAt: string } }>(
      updateMutation,
      { input: { currency: " eur " } },
      owner.viewer,
    );
    expect(byOwner.errors).toBeUndefined();
    expect(byOwner.data!.updateShopSettings.currency).toBe("EUR");
    expect(Date.now() - Date.parse(byOwner.data!.updateShopSettings.updatedAt)).toBeLessThan(60_000);

    const byAnalyst = await api.execute(updateMutation, { input: { currency: "JPY" } }, analyst.viewer);
    expect(byAnalyst.errors).toBeUndefined();
    const read = await api.execute<{ shopSettings: { currency: string } }>(
      settingsQuery,
      {},
      viewerUser.viewer,
    );
    expect(read.data!.shopSettings.currency).toBe("JPY");
    expect(await api.prisma.shopSettings.count()).toBe(1);

    const audit = await api.prisma.auditLog.findMany({
      where: { action: "shopSettings.update" },
      orderBy: { id: "asc" },
    });
    expect(
      audit.map((entry) => [entry.actorUserId, entry.entityType, entry.entityId, entry.details]),
    ).toEqual([
      [owner.user.id, "ShopSettings", "1", { currency: { from: "USD", to: "EUR" } }],
      [analyst.user.id, "ShopSettings", "1", { currency: { from: "EUR", to: "JPY" } }],
    ]);
  });

  it("refuses codes that are not ISO 4217 currencies, naming them, and changes nothing", async () => {
    for (const currency of ["EURO", "XYZ", "", "€", "US$"]) {
      const result = await api.execute(updateMutation, { input: { currency } }, owner.viewer);
      expect(result.errors?.[0]).toMatchObject({
        message: `currency must be an ISO 4217 code such as USD or EUR; "${currency}" is not one.`,
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    const read = await api.execute<{ shopSettings: { currency: string } }>(settingsQuery, {}, owner.viewer);
    expect(read.data!.shopSettings.currency).toBe("JPY");
    expect(await api.prisma.auditLog.count({ where: { action: "shopSettings.update" } })).toBe(2);
  });

  it("refuses viewers and API keys (no key scope manages settings)", async () => {
    const asViewer = await api.execute(updateMutation, { input: { currency: "GBP" } }, viewerUser.viewer);
    expect(asViewer.errors?.[0]).toMatchObject({
      message: 'This operation needs the "settings:manage" permission.',
      extensions: { code: "FORBIDDEN" },
    });
    const key = await createTestApiKey(api.prisma, owner.user.id, ["campaigns:write", "customers:write"]);
    const withKey = await api.post(
      updateMutation,
      { input: { currency: "GBP" } },
      { authorization: `Bearer ${key}` },
    );
    expect(withKey.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const read = await api.execute<{ shopSettings: { currency: string } }>(settingsQuery, {}, owner.viewer);
    expect(read.data!.shopSettings.currency).toBe("JPY");
  });
});
