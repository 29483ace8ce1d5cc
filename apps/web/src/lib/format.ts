// Numbers and dates written for people, in the browser's language (tests pass a fixed `locale`).
// One place so every screen agrees.

/**
 * Money with its currency sign; cents only below 1,000. `currency` is an ISO 4217 code: the shop's
 * (useShopCurrency()) for every figure of the shop, an order's own for that order. No default, so no
 * screen can silently fall back to dollars.
 */
export function formatCurrency(value: number, currency: string, locale?: string): string {
  // Below 1,000 the currency's own minor unit (cents, none for yen).
  const wholeUnits = Math.abs(value) >= 1000 ? { maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(locale, { style: "currency", currency, ...wholeUnits }).format(value);
}

export function formatInteger(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatNumber(value: number, digits = 2, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A share in 0..1 as a percentage ("12.5 %" style per locale); one decimal below 10 %. */
export function formatPercent(share: number, locale?: string): string {
  const digits = Math.abs(share) < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(share);
}

export function formatDate(iso: string | null | undefined, locale?: string): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
}

export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** "3.2 s", "4 min 05 s": how long a job took. */
export function formatDuration(seconds: number, locale?: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  if (seconds < 60) return `${formatNumber(seconds, 1, locale)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return `${minutes} min ${String(rest).padStart(2, "0")} s`;
}

/** Feature names such as `avg_order_value` as words ("Avg order value"). */
export function humaniseName(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
