-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "leaseHolder" TEXT;

