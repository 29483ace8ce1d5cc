import { AppError } from "../../errors/app-error";

export const defaultCurrency = "USD";

/** The ISO 4217 codes this Node.js knows how to format (ICU's list, e.g. "EUR", "JPY"). */
const supportedCurrencies = new Set(Intl.supportedValuesOf("currency"));

/** "eur " → "EUR"; anything that is not a known ISO 4217 code is refused, naming it. */
export function validateCurrencyCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!supportedCurrencies.has(code)) {
    throw new AppError(
      "BAD_USER_INPUT",
      `currency must be an ISO 4217 code such as USD or EUR; "${value.trim().slice(0, 20)}" is not one.`,
    );
  }
  return code;
}
