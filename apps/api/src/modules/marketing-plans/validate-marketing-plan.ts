import type { PlanStatus } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { MarketingChannel, type MarketingPlanInput } from "./marketing-plan.input";

/** A complete plan as saved. */
export interface PlanFields {
  objective: string;
  kpi: string;
  kpiTarget: number;
  channels: MarketingChannel[];
  offer: string;
  message: string;
  budget: number;
  startDate: Date | null;
  endDate: Date | null;
  status: PlanStatus;
}

const maxBudget = 1e12;

/**
 * Merges the input over the current plan (attach: over nothing) and checks the result; every
 * refusal names the field. Returns the plan to save.
 */
export function resolvePlanFields(input: MarketingPlanInput, current: PlanFields | null): PlanFields {
  // Omitted or null keeps the current value, except dates, where an explicit null clears the date.
  const pick = <K extends keyof PlanFields>(
    key: K,
    fallback: PlanFields[K] | undefined,
  ): PlanFields[K] | undefined => {
    const value = input[key as keyof MarketingPlanInput] as PlanFields[K] | null | undefined;
    if (value === undefined) return fallback;
    if (value === null) return key === "startDate" || key === "endDate" ? (null as PlanFields[K]) : fallback;
    return value;
  };
  const objective = pick("objective", current?.objective)?.trim();
  const kpi = pick("kpi", current?.kpi)?.trim();
  const kpiTarget = pick("kpiTarget", current?.kpiTarget);
  const channels = pick("channels", current?.channels);
  const plan: PlanFields = {
    objective: objective ?? "",
    kpi: kpi ?? "",
    kpiTarget: kpiTarget ?? NaN,
    channels: channels ?? [],
    offer: (pick("offer", current?.offer) ?? "").trim(),
    message: (pick("message", current?.message) ?? "").trim(),
    budget: pick("budget", current?.budget) ?? 0,
    startDate: pick("startDate", current?.startDate ?? null) ?? null,
    endDate: pick("endDate", current?.endDate ?? null) ?? null,
    status: pick("status", current?.status) ?? "DRAFT",
  };
  if (plan.objective.length === 0) bad("objective is required.");
  if (plan.objective.length > 500) bad("objective must be at most 500 characters.");
  if (plan.kpi.length === 0) bad("kpi is required.");
  if (plan.kpi.length > 200) bad("kpi must be at most 200 characters.");
  if (kpiTarget === undefined) bad("kpiTarget is required.");
  if (!Number.isFinite(plan.kpiTarget) || plan.kpiTarget <= 0)
    bad(`kpiTarget must be greater than 0, got ${plan.kpiTarget}.`);
  if (plan.channels.length === 0) bad("channels must list at least one channel.");
  if (new Set(plan.channels).size !== plan.channels.length) bad("channels lists a channel twice.");
  for (const channel of plan.channels) {
    if (!Object.values(MarketingChannel).includes(channel)) bad(`unknown channel "${String(channel)}".`);
  }
  if (plan.offer.length > 2000) bad("offer must be at most 2000 characters.");
  if (plan.message.length > 5000) bad("message must be at most 5000 characters.");
  if (!Number.isFinite(plan.budget) || plan.budget < 0 || plan.budget > maxBudget)
    bad(`budget must be between 0 and ${maxBudget}, got ${plan.budget}.`);
  if (Math.round(plan.budget * 100) / 100 !== plan.budget) bad("budget must have at most 2 decimals.");
  if (plan.startDate && plan.endDate && plan.endDate.getTime() < plan.startDate.getTime()) {
    bad("endDate must not be before startDate.");
  }
  return plan;
}

function bad(message: string): never {
  throw new AppError("BAD_USER_INPUT", message);
}
