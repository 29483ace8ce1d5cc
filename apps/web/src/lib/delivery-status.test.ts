import { describeDelivery, type DeliveryView } from "./delivery-status";

const base: DeliveryView = {
  status: "PENDING",
  attempts: 0,
  lastError: null,
  deliveredAt: null,
  customerCount: 2500,
  pageCount: 0,
  pagesDelivered: 0,
};

describe("describeDelivery", () => {
  it("says a delivery is queued, then how many pages were accepted, and why it is retrying", () => {
    expect(describeDelivery(base, "CRM")).toEqual({
      tone: "progress",
      text: "Queued: 2,500 customers will be sent to “CRM” as soon as a worker picks the delivery up.",
      progress: 0,
    });
    expect(describeDelivery({ ...base, pageCount: 3, pagesDelivered: 1, attempts: 1 }, "CRM")).toEqual({
      tone: "progress",
      text: "Sending 2,500 customers to “CRM”: 1 of 3 pages accepted.",
      progress: 1 / 3,
    });
    expect(
      describeDelivery(
        { ...base, pageCount: 3, pagesDelivered: 2, lastError: "The endpoint answered HTTP 503." },
        "CRM",
      ).text,
    ).toBe(
      "Sending 2,500 customers to “CRM”: 2 of 3 pages accepted. The last request failed (The endpoint answered HTTP 503.); retrying.",
    );
  });

  it("says when it was delivered, or why it failed and what to do", () => {
    const delivered = describeDelivery(
      {
        ...base,
        status: "DELIVERED",
        pageCount: 1,
        pagesDelivered: 1,
        attempts: 1,
        customerCount: 1,
        deliveredAt: "2026-11-30T10:00:00Z",
      },
      "CRM",
    );
    expect(delivered.tone).toBe("success");
    expect(delivered.progress).toBeNull();
    expect(delivered.text).toMatch(/^Delivered 1 customer to “CRM” on .+ \(1 page, 1 request\)\.$/);
    expect(
      describeDelivery(
        {
          ...base,
          status: "FAILED",
          pageCount: 3,
          pagesDelivered: 1,
          attempts: 2,
          lastError: "The endpoint answered HTTP 400. Not retried: the endpoint refused the request.",
        },
        "CRM",
      ),
    ).toEqual({
      tone: "error",
      text: "Sending to “CRM” failed after 1 of 3 pages were accepted: The endpoint answered HTTP 400. Not retried: the endpoint refused the request. Check that the endpoint's address is right and that it answers with a 2xx status, then send again.",
      progress: null,
    });
  });
});
