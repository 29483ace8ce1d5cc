import type { DemoRandom } from "../random/demo-random";
import { DAY_MS } from "./calendar";
import type { DemoOrder, DemoOrderLine } from "./demo-shop.types";
import type { TypeContext } from "./shop-context";

export const CURRENCY = "EUR";

export interface OrderWindow {
  /** First possible instant (ms, included). */
  from: number;
  /** Last possible instant (ms, excluded). */
  until: number;
  asOf: number;
}

/** Draws the basket of one order: maybe a planted pair, then a few products from the type's taste. */
function generateLines(random: DemoRandom, context: TypeContext): DemoOrderLine[] {
  const { profile } = context;
  const quantities = new Map<string, number>();
  const prices = new Map<string, number>();
  const add = (sku: string, priceCents: number) => {
    if (quantities.has(sku)) return;
    quantities.set(sku, random.chance(profile.multipleQuantityChance) ? random.int(2, 3) : 1);
    prices.set(sku, priceCents);
  };

  for (const { pair, chance } of context.pairs) {
    if (random.chance(chance)) {
      add(pair.antecedentSku, context.priceOf(pair.antecedentSku));
      add(pair.consequentSku, context.priceOf(pair.consequentSku));
      break;
    }
  }
  const extra = (quantities.size === 0 ? 1 : 0) + random.poisson(profile.extraLinesMean);
  for (let i = 0; i < extra; i++) {
    const product = context.productIn.get(context.category.pick(random));
    if (product) {
      const picked = product.pick(random);
      add(picked.sku, picked.priceCents);
    }
  }

  // A discount code applies to the whole order.
  const discountPercent = random.chance(profile.discountChance)
    ? random.int(profile.discountPercent[0], profile.discountPercent[1])
    : 0;
  const lines: DemoOrderLine[] = [];
  for (const [sku, quantity] of quantities) {
    const listPrice = prices.get(sku) ?? 0;
    lines.push({ sku, quantity, unitPriceCents: Math.round((listPrice * (100 - discountPercent)) / 100) });
  }
  return lines;
}

/** The orders of one customer, oldest first, with ids `O<customer number>-<nn>`. */
export function generateOrders(
  random: DemoRandom,
  customerNumber: string,
  context: TypeContext,
  window: OrderWindow,
): DemoOrder[] {
  const { profile } = context;
  if (window.until <= window.from) return [];
  const count = Math.min(profile.maxOrders, profile.minOrders + random.poisson(profile.extraOrdersMean));
  const span = window.until - window.from;
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(window.from + Math.floor(random.next() * span));
  if (profile.lastOrderWithinDays !== null && count > 0) {
    const recentFrom = Math.max(window.from, window.asOf - profile.lastOrderWithinDays * DAY_MS);
    times[0] = recentFrom + Math.floor(random.next() * (window.until - recentFrom));
  }
  times.sort((a, b) => a - b);
  // Distinct instants keep (customer, time) a usable natural key for the purchase events.
  for (let i = 1; i < times.length; i++) if (times[i] <= times[i - 1]) times[i] = times[i - 1] + 1;

  return times.map((orderedAt, i) => {
    const lines = generateLines(random, context);
    let totalCents = 0;
    for (const line of lines) totalCents += line.quantity * line.unitPriceCents;
    return {
      externalId: `O${customerNumber}-${String(i + 1).padStart(2, "0")}`,
      orderedAt,
      currency: CURRENCY,
      totalCents,
      lines,
    };
  });
}
