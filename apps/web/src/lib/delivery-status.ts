import { formatDateTime, formatInteger } from "./format";

export interface DeliveryView {
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
  customerCount: number;
  pageCount: number;
  pagesDelivered: number;
}

export interface DeliveryDescription {
  tone: "progress" | "success" | "error";
  /** One or two sentences a person understands. */
  text: string;
  /** 0..1 while sending, null when finished. */
  progress: number | null;
}

const plural = (count: number, one: string, many: string) =>
  `${formatInteger(count)} ${count === 1 ? one : many}`;

/** What a webhook delivery is doing, in words, with its progress. */
export function describeDelivery(delivery: DeliveryView, endpointName: string): DeliveryDescription {
  const customers = plural(delivery.customerCount, "customer", "customers");
  const pages = `${formatInteger(delivery.pagesDelivered)} of ${plural(delivery.pageCount, "page", "pages")}`;
  switch (delivery.status) {
    case "PENDING": {
      if (delivery.pageCount === 0)
        return {
          tone: "progress",
          text: `Queued: ${customers} will be sent to “${endpointName}” as soon as a worker picks the delivery up.`,
          progress: 0,
        };
      const retrying = delivery.lastError
        ? ` The last request failed (${delivery.lastError}); retrying.`
        : "";
      return {
        tone: "progress",
        text: `Sending ${customers} to “${endpointName}”: ${pages} accepted.${retrying}`,
        progress: delivery.pagesDelivered / delivery.pageCount,
      };
    }
    case "DELIVERED":
      return {
        tone: "success",
        text: `Delivered ${customers} to “${endpointName}” on ${formatDateTime(delivery.deliveredAt)} (${plural(delivery.pageCount, "page", "pages")}, ${plural(delivery.attempts, "request", "requests")}).`,
        progress: null,
      };
    case "FAILED":
      return {
        tone: "error",
        text: `Sending to “${endpointName}” failed after ${pages} were accepted: ${delivery.lastError ?? "no reason was recorded."} Check that the endpoint's address is right and that it answers with a 2xx status, then send again.`,
        progress: null,
      };
  }
}
