/** The record-results form as typed (numbers still text); segmentId "" = the whole campaign. */
export interface ResultFormValues {
  segmentId: string;
  reach: string;
  conversions: string;
  revenue: string;
}

export type ResultFormErrors = Partial<Record<keyof ResultFormValues, string>>;

const maxCount = 1_000_000_000;
const maxRevenue = 999_999_999_999.99;

function parseNumber(text: string): number | null {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Field → message for everything the API would refuse (the same limits); empty when it can be sent. */
export function validateResultForm(values: ResultFormValues): ResultFormErrors {
  const errors: ResultFormErrors = {};
  const reach = parseNumber(values.reach);
  const conversions = parseNumber(values.conversions);
  const revenue = parseNumber(values.revenue);
  if (reach === null || !Number.isInteger(reach) || reach < 0 || reach > maxCount)
    errors.reach = "Customers reached must be a whole number from 0 to 1,000,000,000.";
  if (conversions === null || !Number.isInteger(conversions) || conversions < 0)
    errors.conversions = "Conversions must be a whole number of 0 or more.";
  else if (errors.reach === undefined && conversions > (reach ?? 0))
    errors.conversions = `Conversions (${conversions}) cannot be more than the customers reached (${reach}).`;
  if (revenue === null || Number.isNaN(revenue) || revenue < 0 || revenue > maxRevenue)
    errors.revenue = "Revenue must be an amount of 0 or more.";
  return errors;
}

/** The form's values as the API's RecordCampaignResultInput (call only when validateResultForm found nothing). */
export function toResultInput(campaignId: string, values: ResultFormValues) {
  return {
    campaignId,
    segmentId: values.segmentId === "" ? null : values.segmentId,
    reach: Number(values.reach),
    conversions: Number(values.conversions),
    revenue: Number(values.revenue),
  };
}

/** Results exist only for campaigns that have started (the API refuses DRAFT and SCHEDULED). */
export function canRecordResults(status: string): boolean {
  return status !== "DRAFT" && status !== "SCHEDULED";
}
