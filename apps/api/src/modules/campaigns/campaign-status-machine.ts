import type { CampaignStatus } from "@seglens/database";
import { AppError } from "../../errors/app-error";

/** The only moves a campaign can make; anything else is refused with the transition named. */
const allowedTransitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  DRAFT: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["RUNNING", "CANCELLED"],
  RUNNING: ["PAUSED", "COMPLETED", "CANCELLED"],
  PAUSED: ["RUNNING", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export function isFinalStatus(status: CampaignStatus): boolean {
  return allowedTransitions[status].length === 0;
}

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return allowedTransitions[from].includes(to);
}

export function assertTransition(from: CampaignStatus, to: CampaignStatus): void {
  if (canTransition(from, to)) return;
  const allowed = allowedTransitions[from];
  const hint =
    allowed.length === 0 ? `${from} is final` : `from ${from} a campaign can move to ${allowed.join(", ")}`;
  throw new AppError("BAD_USER_INPUT", `A campaign cannot move from ${from} to ${to} (${hint}).`);
}

/** Editing the plan of a campaign that is over would rewrite history. */
export function assertEditable(status: CampaignStatus): void {
  if (isFinalStatus(status)) throw new AppError("BAD_USER_INPUT", `A ${status} campaign cannot be changed.`);
}
