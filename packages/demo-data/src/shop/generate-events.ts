import type { DemoRandom } from "../random/demo-random";
import { SEARCH_QUERIES } from "../people/people-lists";
import type { DemoEvent, DemoOrder } from "./demo-shop.types";
import type { OrderWindow } from "./generate-orders";
import type { TypeContext } from "./shop-context";

const MINUTE_MS = 60_000;

/** Browsing, e-mail and purchase events of one customer, oldest first, with strictly increasing times. */
export function generateEvents(
  random: DemoRandom,
  context: TypeContext,
  orders: readonly DemoOrder[],
  window: OrderWindow,
  marketingConsent: boolean,
): DemoEvent[] {
  const { eventMeans, emailClickRate } = context.profile;
  const events: DemoEvent[] = [];
  const span = window.until - window.from;
  const at = () => window.from + Math.floor(random.next() * span);

  if (span > 0) {
    for (let i = random.poisson(eventMeans.view); i > 0; i--) {
      events.push({ type: "view", occurredAt: at(), properties: { sku: context.viewed.pick(random).sku } });
    }
    for (let i = random.poisson(eventMeans.search); i > 0; i--) {
      events.push({ type: "search", occurredAt: at(), properties: { query: random.pick(SEARCH_QUERIES) } });
    }
    for (let i = random.poisson(eventMeans.addToCart); i > 0; i--) {
      const sku = context.viewed.pick(random).sku;
      events.push({ type: "add_to_cart", occurredAt: at(), properties: { sku, quantity: 1 } });
    }
    if (marketingConsent) {
      for (let i = random.poisson(eventMeans.emailOpen); i > 0; i--) {
        const openedAt = at();
        const campaign = `newsletter-${new Date(openedAt).toISOString().slice(0, 7)}`;
        events.push({ type: "email_open", occurredAt: openedAt, properties: { campaign } });
        if (random.chance(emailClickRate)) {
          const clickedAt = Math.min(window.asOf - 1, openedAt + random.int(1, 120) * MINUTE_MS);
          events.push({ type: "email_click", occurredAt: clickedAt, properties: { campaign, link: "shop" } });
        }
      }
    }
  }
  for (const order of orders) {
    events.push({
      type: "purchase",
      occurredAt: order.orderedAt,
      properties: { order_id: order.externalId, value: order.totalCents / 100 },
    });
  }

  events.sort((a, b) => a.occurredAt - b.occurredAt);
  // Strictly increasing times make every (customer, type, time) unique, so dedupe keys never collide.
  for (let i = 1; i < events.length; i++) {
    if (events[i].occurredAt <= events[i - 1].occurredAt) events[i].occurredAt = events[i - 1].occurredAt + 1;
  }
  return events;
}
