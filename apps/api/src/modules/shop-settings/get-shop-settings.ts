import type { Prisma, PrismaClient } from "@seglens/database";
import { defaultCurrency } from "./currency-code";
import type { ShopSettings } from "./shop-settings.type";

type SettingsReader = Pick<PrismaClient, "shopSettings"> | Prisma.TransactionClient;

/** The one row of settings, or the defaults when the owner has never changed them. */
export async function getShopSettings({ prisma }: { prisma: SettingsReader }): Promise<ShopSettings> {
  const row = await prisma.shopSettings.findUnique({ where: { id: 1 } });
  return row
    ? { currency: row.currency, updatedAt: row.updatedAt }
    : { currency: defaultCurrency, updatedAt: null };
}
