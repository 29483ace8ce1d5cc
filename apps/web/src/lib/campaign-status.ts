export type CampaignStatusName = "DRAFT" | "SCHEDULED" | "RUNNING" | "PAUSED" | "COMPLETED" | "CANCELLED";

// Mirrors the API's life cycle so the screen offers only moves the API accepts.
const nextStatuses: Record<CampaignStatusName, CampaignStatusName[]> = {
  DRAFT: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["RUNNING", "CANCELLED"],
  RUNNING: ["PAUSED", "COMPLETED", "CANCELLED"],
  PAUSED: ["RUNNING", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export function allowedNextStatuses(status: CampaignStatusName): CampaignStatusName[] {
  return nextStatuses[status];
}

const actionLabels: Record<CampaignStatusName, string> = {
  DRAFT: "Back to draft",
  SCHEDULED: "Schedule",
  RUNNING: "Start",
  PAUSED: "Pause",
  COMPLETED: "Mark completed",
  CANCELLED: "Cancel",
};

export function statusActionLabel(from: CampaignStatusName, to: CampaignStatusName): string {
  return from === "PAUSED" && to === "RUNNING" ? "Resume" : actionLabels[to];
}
