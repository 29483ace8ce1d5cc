import type { DemoCustomer, DemoCustomerRecord, DemoProduct } from "../shop/demo-shop.types";
import { csvLine, formatCents } from "./format-csv";

// These headers are the contract with the API's import (see README.md): change both or neither.
export const CUSTOMER_COLUMNS = [
  "external_id",
  "email",
  "name",
  "gender",
  "birth_date",
  "city",
  "country",
  "occupation",
  "income",
  "signup_date",
  "marketing_consent",
  "planted_type",
  "acquisition_channel",
  "preferred_device",
] as const;
export const PRODUCT_COLUMNS = ["sku", "name", "category", "price"] as const;
export const ORDER_COLUMNS = [
  "order_id",
  "customer_id",
  "ordered_at",
  "sku",
  "quantity",
  "unit_price",
  "currency",
] as const;
export const EVENT_COLUMNS = ["customer_id", "type", "occurred_at", "properties"] as const;

export function customerLine(customer: DemoCustomer): string {
  return csvLine([
    customer.externalId,
    customer.email,
    customer.name,
    customer.gender ?? "",
    customer.birthDate ?? "",
    customer.city,
    customer.country,
    customer.occupation ?? "",
    customer.income === null ? "" : String(customer.income),
    customer.signupDate,
    customer.marketingConsent ? "true" : "false",
    customer.attributes.planted_type ?? "",
    customer.attributes.acquisition_channel ?? "",
    customer.attributes.preferred_device ?? "",
  ]);
}

export function productLine(product: DemoProduct): string {
  return csvLine([product.sku, product.name, product.category, formatCents(product.priceCents)]);
}

/** One line per order line: orders.csv repeats the order's fields on each of its lines. Appends to `out`. */
export function pushOrderLines(record: DemoCustomerRecord, out: string[]): void {
  const customerId = record.customer.externalId;
  for (const order of record.orders) {
    const orderedAt = new Date(order.orderedAt).toISOString();
    for (const line of order.lines) {
      out.push(
        csvLine([
          order.externalId,
          customerId,
          orderedAt,
          line.sku,
          String(line.quantity),
          formatCents(line.unitPriceCents),
          order.currency,
        ]),
      );
    }
  }
}

/** Appends the customer's events.csv lines to `out`. */
export function pushEventLines(record: DemoCustomerRecord, out: string[]): void {
  const customerId = record.customer.externalId;
  for (const event of record.events) {
    out.push(
      csvLine([
        customerId,
        event.type,
        new Date(event.occurredAt).toISOString(),
        JSON.stringify(event.properties),
      ]),
    );
  }
}
