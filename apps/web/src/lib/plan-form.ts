export const marketingChannels = ["EMAIL", "SMS", "SOCIAL", "ADS", "DIRECT_MAIL", "WEBHOOK"] as const;
export type MarketingChannelName = (typeof marketingChannels)[number];
export const planStatuses = ["DRAFT", "ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED"] as const;
export type PlanStatusName = (typeof planStatuses)[number];

/** The plan form's values as typed (numbers and dates still text). */
export interface PlanFormValues {
  objective: string;
  kpi: string;
  kpiTarget: string;
  channels: MarketingChannelName[];
  offer: string;
  message: string;
  budget: string;
  startDate: string;
  endDate: string;
  status: PlanStatusName;
}

export type PlanFormErrors = Partial<Record<keyof PlanFormValues, string>>;

function parseAmount(text: string): number | null {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Field → message for everything that would be refused; empty when the plan can be saved. */
export function validatePlanForm(values: PlanFormValues): PlanFormErrors {
  const errors: PlanFormErrors = {};
  if (values.objective.trim() === "") errors.objective = "Say what this plan should achieve.";
  if (values.kpi.trim() === "") errors.kpi = "Name the number you will watch (e.g. repeat purchase rate).";
  const target = parseAmount(values.kpiTarget);
  if (target === null || Number.isNaN(target) || target < 0)
    errors.kpiTarget = "The target must be a number of 0 or more.";
  if (values.channels.length === 0) errors.channels = "Choose at least one channel.";
  const budget = parseAmount(values.budget);
  if (budget === null || Number.isNaN(budget) || budget < 0)
    errors.budget = "The budget must be an amount of 0 or more.";
  if (values.startDate && values.endDate && values.endDate < values.startDate)
    errors.endDate = "The end date must not be before the start date.";
  if (values.message.length > 2000) errors.message = "Keep the message under 2,000 characters.";
  return errors;
}

/** The form's values as the API's MarketingPlanInput (call only when validatePlanForm found nothing). */
export function toPlanInput(values: PlanFormValues) {
  return {
    objective: values.objective.trim(),
    kpi: values.kpi.trim(),
    kpiTarget: Number(values.kpiTarget),
    channels: values.channels,
    offer: values.offer.trim(),
    message: values.message.trim(),
    budget: Number(values.budget),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    status: values.status,
  };
}

function addWeeks(isoDate: string, weeks: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  return date.toISOString().slice(0, 10);
}

/** A new plan pre-filled from the archetype's suggestion, starting today for its suggested duration. */
export function planFromSuggestion(
  suggestion: {
    objective: string;
    kpi: string;
    kpiTarget: number | null;
    channels: string[];
    offer: string;
    message: string;
    durationWeeks: number;
  },
  today: string,
): PlanFormValues {
  return {
    objective: suggestion.objective,
    kpi: suggestion.kpi,
    kpiTarget: suggestion.kpiTarget === null ? "" : String(suggestion.kpiTarget),
    channels: suggestion.channels.filter((channel): channel is MarketingChannelName =>
      (marketingChannels as readonly string[]).includes(channel),
    ),
    offer: suggestion.offer,
    message: suggestion.message,
    budget: "0",
    startDate: today,
    endDate: addWeeks(today, suggestion.durationWeeks),
    status: "DRAFT",
  };
}
