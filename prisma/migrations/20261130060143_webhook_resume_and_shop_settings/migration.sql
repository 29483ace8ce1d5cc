-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "customerCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pageCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pageSize" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pagesDelivered" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resumeAfterCustomerId" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ShopSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShopSettings_pkey" PRIMARY KEY ("id")
);



-- ───────── Hand-written: a delivery never claims more pages than it has, and one row of shop settings ─────────
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_pages_check" CHECK ("customerCount" >= 0 AND "pageSize" >= 0 AND "pagesDelivered" >= 0 AND "pagesDelivered" <= "pageCount");
ALTER TABLE "ShopSettings" ADD CONSTRAINT "ShopSettings_single_row_check" CHECK ("id" = 1);
ALTER TABLE "ShopSettings" ADD CONSTRAINT "ShopSettings_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');
