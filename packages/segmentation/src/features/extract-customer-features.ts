import { SegmentationError } from "../errors";
import { createMatrix } from "../matrix";
import { computeCategoryShares } from "./category-shares";
import {
  DEFAULT_CUSTOMER_FEATURE_OPTIONS,
  type CustomerFeatureInput,
  type CustomerFeatureOptions,
  type CustomerFeatureKind,
  type CustomerFeatureTable,
} from "./customer-features";
import { CustomerIndex } from "./customer-index";
import { countEvents, EVENT_COUNT_COLUMNS } from "./event-features";
import { scoreQuintiles } from "./score-quintiles";
import { invalidDate, MS_PER_DAY, toEpochMs } from "./to-epoch-ms";

/**
 * One row of features per customer from plain arrays of customers, orders and events (columns and
 * their meaning: see CustomerFeatureTable in customer-features.ts). One pass over the orders into typed
 * per-customer accumulators, found through a CustomerIndex, so 10M orders stay in seconds.
 */
export function extractCustomerFeatures(
  input: CustomerFeatureInput,
  options: Partial<CustomerFeatureOptions> = {},
): CustomerFeatureTable {
  const settings = mergeOptions(options);
  const { customers, orders, events } = input;
  if (!Array.isArray(customers) || !Array.isArray(orders)) {
    throw new SegmentationError("INVALID_INPUT", "customers and orders must be arrays");
  }
  const asOf = toEpochMs(input.asOf);
  if (!Number.isFinite(asOf)) throw invalidDate(input.asOf, "asOf");
  const n = customers.length;
  const index = new CustomerIndex(customers);

  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  const first = new Float64Array(n).fill(Infinity);
  const last = new Float64Array(n).fill(-Infinity);
  // Map look-ups (string ids) are done once here and reused by the category shares and the
  // caller's basket rules. Dense integer ids are array reads: no 4-byte-per-order array then,
  // whose external memory would bring a full GC forward (seconds with 10M live order objects).
  const orderRows = index.dense ? null : new Int32Array(orders.length);
  for (let o = 0; o < orders.length; o++) {
    const order = orders[o];
    const c = index.rowOf(order.customerId);
    if (orderRows) orderRows[o] = c;
    if (c < 0) {
      if (settings.unknownCustomer === "error") {
        throw new SegmentationError(
          "INVALID_INPUT",
          `order ${o} belongs to unknown customer ${String(order.customerId)}`,
        );
      }
      continue;
    }
    const when = order.orderedAt;
    // Inline fast path: a non-inlined call returning a double boxes it, 10M garbage numbers.
    const at = typeof when === "number" ? when : toEpochMs(when);
    if (!Number.isFinite(at)) throw invalidDate(order.orderedAt, `order ${o} orderedAt`);
    if (at > asOf) continue;
    const total = order.total;
    if (!Number.isFinite(total))
      throw new SegmentationError("NON_NUMERIC_VALUE", `order ${o} total is not a finite number`);
    frequency[c]++;
    monetary[c] += total;
    if (at < first[c]) first[c] = at;
    if (at > last[c]) last[c] = at;
  }

  const undefinedValue = settings.undefinedValue;
  const hasOrders = new Uint8Array(n);
  const recency = new Float64Array(n);
  const averageOrder = new Float64Array(n);
  const tenure = new Float64Array(n);
  const between = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const count = frequency[c];
    hasOrders[c] = count > 0 ? 1 : 0;
    recency[c] = count > 0 ? (asOf - last[c]) / MS_PER_DAY : undefinedValue;
    averageOrder[c] = count > 0 ? monetary[c] / count : undefinedValue;
    between[c] = count > 1 ? (last[c] - first[c]) / MS_PER_DAY / (count - 1) : undefinedValue;
    const signup = customers[c].signupDate;
    const start = signup !== undefined ? toEpochMs(signup) : first[c];
    if (signup !== undefined && !Number.isFinite(start)) {
      throw invalidDate(signup, `customer ${String(customers[c].id)} signupDate`);
    }
    tenure[c] = Number.isFinite(start) ? (asOf - start) / MS_PER_DAY : 0;
  }

  const columns: Array<{
    name: string;
    kind: CustomerFeatureKind;
    values: Float64Array;
    stride?: number;
    offset?: number;
  }> = [
    { name: "recency_days", kind: "days", values: recency },
    { name: "frequency", kind: "count", values: frequency },
    { name: "monetary", kind: "money", values: monetary },
    { name: "r_score", kind: "score", values: scoreQuintiles(recency, hasOrders, true, undefinedValue) },
    { name: "f_score", kind: "score", values: scoreQuintiles(frequency, hasOrders, false, undefinedValue) },
    { name: "m_score", kind: "score", values: scoreQuintiles(monetary, hasOrders, false, undefinedValue) },
    { name: "avg_order_value", kind: "money", values: averageOrder },
    { name: "tenure_days", kind: "days", values: tenure },
    { name: "mean_days_between_orders", kind: "days", values: between },
  ];

  const rowOfOrder = orderRows
    ? (o: number): number => orderRows[o]
    : (o: number): number => index.rowOf(orders[o].customerId);
  const categories = computeCategoryShares(orders, rowOfOrder, asOf, n, settings.topCategories);
  if (categories) {
    const width = categories.columns.length;
    categories.columns.forEach((category, k) =>
      columns.push({
        name: `share_${category}`,
        kind: "share",
        values: categories.shares,
        stride: width,
        offset: k,
      }),
    );
  }

  if (events) {
    const width = EVENT_COUNT_COLUMNS.length;
    const counts = countEvents(events, index, asOf, n, settings.unknownCustomer);
    EVENT_COUNT_COLUMNS.forEach(([name], k) =>
      columns.push({ name, kind: "count", values: counts, stride: width, offset: k }),
    );
    const cartRate = new Float64Array(n);
    const clickRate = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      const carts = counts[c * width + 2];
      const opens = counts[c * width + 4];
      cartRate[c] = carts > 0 ? counts[c * width + 3] / carts : undefinedValue;
      clickRate[c] = opens > 0 ? counts[c * width + 5] / opens : undefinedValue;
    }
    columns.push({ name: "cart_to_purchase_rate", kind: "rate", values: cartRate });
    columns.push({ name: "email_click_rate", kind: "rate", values: clickRate });
  }

  const values = createMatrix(n, columns.length);
  const width = columns.length;
  for (let j = 0; j < width; j++) {
    const { values: source, stride = 1, offset = 0 } = columns[j];
    for (let c = 0; c < n; c++) {
      const v = source[c * stride + offset];
      // Category shares are NaN when a customer has no line spend: honour undefinedValue there too.
      values.data[c * width + j] = Number.isNaN(v) ? undefinedValue : v;
    }
  }
  return {
    ids: customers.map((customer) => customer.id),
    names: columns.map((column) => column.name),
    kinds: columns.map((column) => column.kind),
    values,
    orderRows,
  };
}

function mergeOptions(options: Partial<CustomerFeatureOptions>): CustomerFeatureOptions {
  const settings = { ...DEFAULT_CUSTOMER_FEATURE_OPTIONS, ...options };
  if (!Number.isInteger(settings.topCategories) || settings.topCategories < 0) {
    throw new SegmentationError(
      "INVALID_OPTION",
      `topCategories must be a whole number ≥ 0, got ${settings.topCategories}`,
    );
  }
  if (settings.unknownCustomer !== "ignore" && settings.unknownCustomer !== "error") {
    throw new SegmentationError("INVALID_OPTION", `unknownCustomer must be "ignore" or "error"`);
  }
  return settings;
}
