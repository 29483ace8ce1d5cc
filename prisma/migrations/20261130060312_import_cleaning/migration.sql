-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "cleaning" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "cleaningResult" JSONB;

