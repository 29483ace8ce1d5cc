import type { DenseMatrix } from "../matrix";

/**
 * Input and output types of customer feature extraction (see extract-customer-features.ts).
 *
 * Dates: a number is milliseconds since the Unix epoch (fastest: no parsing), a string is parsed
 * with Date.parse (ISO 8601 recommended), a Date is used as is. Nothing reads the clock: the
 * caller passes `asOf`, the moment "now" for recency and tenure. Orders and events after `asOf`
 * are left out, so features can be computed as of a past cut-off (e.g. to label "bought again
 * within 90 days" from what happened after it).
 *
 * Ids: compared with `===` through a Map, so 42 and "42" are different customers.
 */
export type DateInput = number | string | Date;
export type CustomerId = string | number;

export interface CustomerRecord {
  id: CustomerId;
  signupDate?: DateInput;
}

export interface OrderLine {
  sku: string;
  category: string;
  quantity: number;
  unitPrice: number;
}

export interface OrderRecord {
  customerId: CustomerId;
  orderedAt: DateInput;
  /** Money spent on the order (monetary and average order value sum this, not the lines). */
  total: number;
  /** Needed only for category spend shares (line spend = quantity × unitPrice). */
  lines?: OrderLine[];
}

/** Event types that feed counts and rates; any other type string is ignored. */
export const EVENT_TYPES = [
  "view",
  "search",
  "add_to_cart",
  "purchase",
  "email_open",
  "email_click",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventRecord {
  customerId: CustomerId;
  type: EventType | string;
  occurredAt: DateInput;
}

export interface CustomerFeatureInput {
  customers: CustomerRecord[];
  orders: readonly OrderRecord[];
  /** Optional: without events the table has no event columns. */
  events?: readonly EventRecord[];
  asOf: DateInput;
}

export interface CustomerFeatureOptions {
  /**
   * How many categories (ranked by total spend over all customers) get their own share column;
   * the rest are summed into `share_other` (present only when such categories exist). Default 5.
   */
  topCategories: number;
  /**
   * Value for features that are undefined for a customer: recency, average order value and the
   * RFM scores of a customer with no orders, mean days between orders with fewer than 2 orders,
   * shares without line spend, rates with a zero denominator. Default NaN (impute or filter them,
   * e.g. with the Preprocessor); pass 0 to get an all-finite matrix.
   */
  undefinedValue: number;
  /** Orders and events of ids not in `customers`: "ignore" (default) or "error". */
  unknownCustomer: "ignore" | "error";
}

export const DEFAULT_CUSTOMER_FEATURE_OPTIONS: Readonly<CustomerFeatureOptions> = Object.freeze({
  topCategories: 5,
  undefinedValue: Number.NaN,
  unknownCustomer: "ignore",
});

/**
 * What a column measures, so callers pick scaling, formatting and explanations:
 * count = number of things, days = a duration in days, money = currency units of `total`,
 * score = RFM quintile score 1..5 (5 best), share = fraction of spend 0..1, rate = ratio 0..1.
 */
export type CustomerFeatureKind = "count" | "days" | "money" | "score" | "share" | "rate";

/**
 * One row per customer (in the order of `input.customers`), one column per feature.
 *
 * Columns, always, in this order:
 *   recency_days              days from the last order to asOf (fractional)
 *   frequency                 number of orders
 *   monetary                  sum of order totals
 *   r_score, f_score, m_score 1..5 by quintiles among customers with ≥ 1 order; recency reversed
 *                             (most recent = 5). Score = 1 + number of the 20/40/60/80% quantiles
 *                             the value is above (for recency: below), so ties share a score.
 *   avg_order_value           monetary / frequency
 *   tenure_days               days from signupDate (or the first order when absent) to asOf; 0
 *                             when neither exists
 *   mean_days_between_orders  (last order - first order) / (frequency - 1)
 * Then, when any order has lines: share_<category> for the top categories and share_other.
 * Then, when `events` is given: views, searches, add_to_carts, purchases, email_opens,
 * email_clicks (counts), cart_to_purchase_rate = purchases / add_to_carts,
 * email_click_rate = email_clicks / email_opens.
 */
export interface CustomerFeatureTable {
  ids: CustomerId[];
  names: string[];
  kinds: CustomerFeatureKind[];
  /** rows = ids.length, cols = names.length. */
  values: DenseMatrix;
  /**
   * The row (index into ids) of each order's customer, -1 for an unknown customer; orders after
   * asOf keep their row. Lets a caller that walks the orders again (basket rules) skip the id
   * look-ups, which at 6M orders with string ids cost seconds. null when the ids are dense
   * integers (look-ups are array reads then, and the array would only cost memory).
   */
  orderRows: Int32Array | null;
}
