import { SegmentationError } from "../errors";
import type { EventRecord, EventType } from "./customer-features";
import type { CustomerIndex } from "./customer-index";
import { invalidDate, toEpochMs } from "./to-epoch-ms";

/** Count columns in table order, with the event type each counts. */
export const EVENT_COUNT_COLUMNS: ReadonlyArray<readonly [string, EventType]> = [
  ["views", "view"],
  ["searches", "search"],
  ["add_to_carts", "add_to_cart"],
  ["purchases", "purchase"],
  ["email_opens", "email_open"],
  ["email_clicks", "email_click"],
];

const COLUMN_OF_TYPE = new Map<string, number>(EVENT_COUNT_COLUMNS.map(([, type], k) => [type, k]));

/**
 * customers × 6 counts (row-major, EVENT_COUNT_COLUMNS order); unknown event types and events
 * after asOf (ms) are skipped.
 */
export function countEvents(
  events: readonly EventRecord[],
  index: CustomerIndex,
  asOf: number,
  customerCount: number,
  unknownCustomer: "ignore" | "error",
): Float64Array {
  const width = EVENT_COUNT_COLUMNS.length;
  const counts = new Float64Array(customerCount * width);
  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    const k = COLUMN_OF_TYPE.get(event.type);
    if (k === undefined) continue;
    const when = event.occurredAt;
    const at = typeof when === "number" ? when : toEpochMs(when);
    if (!Number.isFinite(at)) throw invalidDate(when, `event ${e} occurredAt`);
    if (at > asOf) continue;
    const c = index.rowOf(event.customerId);
    if (c < 0) {
      if (unknownCustomer === "error") {
        throw new SegmentationError(
          "INVALID_INPUT",
          `event ${e} belongs to unknown customer ${String(event.customerId)}`,
        );
      }
      continue;
    }
    counts[c * width + k]++;
  }
  return counts;
}
