import { AppError } from "../../errors/app-error";

/** Decimal(14, 2) holds up to this; larger budgets are refused rather than rounded by the database. */
const maxMoney = 999_999_999_999.99;
const maxNameLength = 200;
const maxContentLength = 100_000;

export function validateCampaignName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > maxNameLength) {
    throw new AppError("BAD_USER_INPUT", `name must be 1 to ${maxNameLength} characters.`);
  }
  return trimmed;
}

export function validateCampaignContent(content: string): string {
  if (content.length > maxContentLength)
    throw new AppError("BAD_USER_INPUT", `content must be at most ${maxContentLength} characters.`);
  return content;
}

export function validateMoney(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0 || value > maxMoney) {
    throw new AppError("BAD_USER_INPUT", `${field} must be a number between 0 and ${maxMoney}.`);
  }
  return Math.round(value * 100) / 100;
}

/** A schedule in the past is a typo, not a plan. */
export function validateScheduledAt(scheduledAt: Date, now: Date): Date {
  if (Number.isNaN(scheduledAt.getTime()))
    throw new AppError("BAD_USER_INPUT", "scheduledAt is not a valid date.");
  if (scheduledAt.getTime() <= now.getTime())
    throw new AppError("BAD_USER_INPUT", "scheduledAt must be in the future.");
  return scheduledAt;
}
