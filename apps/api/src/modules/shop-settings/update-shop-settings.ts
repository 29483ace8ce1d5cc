import type { PrismaClient } from "@seglens/database";
import type { Viewer } from "../../graphql/viewer";
import { recordAudit } from "../audit/record-audit";
import { validateCurrencyCode } from "./currency-code";
import { getShopSettings } from "./get-shop-settings";
import type { UpdateShopSettingsInput } from "./shop-settings.input";
import type { ShopSettings } from "./shop-settings.type";

/** Writes the shop's settings (creating the row on the first change) and audits what changed. */
export async function updateShopSettings({
  prisma,
  viewer,
  input,
  ipAddress = null,
}: {
  prisma: PrismaClient;
  viewer: Viewer;
  input: UpdateShopSettingsInput;
  ipAddress?: string | null;
}): Promise<ShopSettings> {
  const currency = validateCurrencyCode(input.currency);
  return prisma.$transaction(async (tx) => {
    const before = await getShopSettings({ prisma: tx });
    const row = await tx.shopSettings.upsert({
      where: { id: 1 },
      create: { id: 1, currency },
      update: { currency },
    });
    await recordAudit({
      prisma: tx,
      viewer,
      action: "shopSettings.update",
      entityType: "ShopSettings",
      entityId: row.id,
      details: { currency: { from: before.currency, to: currency } },
      ipAddress,
    });
    return { currency: row.currency, updatedAt: row.updatedAt };
  });
}
