/** The generated files the import benchmarks read (see benchmark-import.ts and benchmark-copy-floor.ts). */

export const customerHeader =
  "external_id,email,name,gender,birth_date,city,country,occupation,income,signup_date,marketing_consent,preferred_device";

/** The fields of customer `index` in customerHeader's order. */
export function customerFields(index: number): string[] {
  return [
    `C${index}`,
    `user${index}@example.com`,
    `Person ${index}`,
    index % 2 ? "F" : "M",
    `19${50 + (index % 50)}-0${1 + (index % 9)}-1${index % 10}`,
    `City ${index % 300}`,
    "NO",
    `Job ${index % 40}`,
    `${(index % 1000) * 100}.50`,
    `2023-0${1 + (index % 9)}-0${1 + (index % 9)}T10:00:00Z`,
    String(index % 3 === 0),
    index % 2 ? "mobile" : "desktop",
  ];
}

export function customerLine(index: number): string {
  return `${customerFields(index).join(",")}\n`;
}

export const orderHeader = "order_id,customer_id,ordered_at,sku,quantity,unit_price,currency";

/** Three lines per order, orders spread over `customers` customers. */
export function orderLine(index: number, customers: number): string {
  const order = Math.floor(index / 3);
  return `O${order},C${order % customers},2024-0${1 + (order % 9)}-1${order % 10}T12:00:00Z,SKU-${(index * 7) % 500},${1 + (index % 4)},${(index % 50) + 0.99},USD\n`;
}

export const eventHeader = "customer_id,type,occurred_at,properties";
const eventTypes = ["view", "search", "add_to_cart", "purchase", "email_open", "email_click"];

/** Event `index` of events spread over `customers` customers, 37 s apart; every fifth one carries a JSON property. */
export function eventFields(index: number, customers: number) {
  return {
    customerExternalId: `C${index % customers}`,
    type: eventTypes[index % 6],
    occurredAt: new Date(Date.UTC(2024, 0, 1) + index * 37_000),
    properties: index % 5 === 0 ? { page: `/p/${index % 700}` } : null,
  };
}

/** eventFields as a CSV line (the JSON property quoted, as a CSV export writes it). */
export function eventLine(index: number, customers: number): string {
  const { customerExternalId, type, occurredAt, properties } = eventFields(index, customers);
  const json = properties === null ? "" : `"${JSON.stringify(properties).replace(/"/g, '""')}"`;
  return `${customerExternalId},${type},${occurredAt.toISOString()},${json}\n`;
}
