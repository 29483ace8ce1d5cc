import type { Event as EventRow } from "@seglens/database";
import type { CustomerEvent } from "./event.type";

export function toEventNode(row: EventRow): CustomerEvent {
  const properties = row.properties;
  return {
    id: row.id,
    customerId: row.customerId,
    type: row.type,
    occurredAt: row.occurredAt,
    properties:
      typeof properties === "object" && properties !== null && !Array.isArray(properties) ? properties : {},
  };
}
