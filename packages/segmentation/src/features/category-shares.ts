import type { OrderRecord } from "./customer-features";
import { toEpochMs } from "./to-epoch-ms";

export interface CategoryShares {
  /** Top categories by total spend (descending; ties by name), then "other" when any remain. */
  columns: string[];
  /** customers × columns, row-major: spend in that column / the customer's total line spend. */
  shares: Float64Array;
  /** Total line spend per customer (0 = shares undefined). */
  lineSpend: Float64Array;
}

/**
 * Spend shares per category. Two passes over the lines: the first ranks categories globally, the
 * second fills only the chosen columns, so memory is customers × (top + 1) whatever the number
 * of categories. Orders of unknown customers (rowOfOrder(o) = -1) or after asOf (ms) are skipped.
 * rowOfOrder reads the rows the order pass found when ids needed a Map (looking string ids up
 * again here cost seconds at 6M orders).
 */
export function computeCategoryShares(
  orders: readonly OrderRecord[],
  rowOfOrder: (order: number) => number,
  asOf: number,
  customerCount: number,
  topCategories: number,
): CategoryShares | null {
  const spendByCategory = new Map<string, number>();
  let anyLines = false;
  for (let o = 0; o < orders.length; o++) {
    const lines = orders[o].lines;
    if (!lines || rowOfOrder(o) < 0 || toEpochMs(orders[o].orderedAt) > asOf) continue;
    for (const line of lines) {
      anyLines = true;
      spendByCategory.set(
        line.category,
        (spendByCategory.get(line.category) ?? 0) + line.quantity * line.unitPrice,
      );
    }
  }
  if (!anyLines) return null;
  const ranked = [...spendByCategory.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  const top = ranked.slice(0, topCategories).map(([name]) => name);
  const hasOther = ranked.length > top.length;
  const columns = hasOther ? [...top, "other"] : top;
  const width = columns.length;
  const columnOf = new Map<string, number>(top.map((name, k) => [name, k]));
  const otherColumn = hasOther ? width - 1 : -1;
  const shares = new Float64Array(customerCount * width);
  const lineSpend = new Float64Array(customerCount);
  for (let o = 0; o < orders.length; o++) {
    const lines = orders[o].lines;
    if (!lines) continue;
    const c = rowOfOrder(o);
    if (c < 0 || toEpochMs(orders[o].orderedAt) > asOf) continue;
    for (const line of lines) {
      const spend = line.quantity * line.unitPrice;
      const k = columnOf.get(line.category) ?? otherColumn;
      shares[c * width + k] += spend;
      lineSpend[c] += spend;
    }
  }
  for (let c = 0; c < customerCount; c++) {
    const total = lineSpend[c];
    for (let k = 0; k < width; k++)
      shares[c * width + k] = total !== 0 ? shares[c * width + k] / total : Number.NaN;
  }
  return { columns, shares, lineSpend };
}
