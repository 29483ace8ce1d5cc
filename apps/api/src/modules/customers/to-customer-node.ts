import type { Customer as CustomerRow } from "@seglens/database";
import type { Customer } from "./customer.type";

/** Database row → GraphQL object: money as numbers, attributes as a plain object. */
export function toCustomerNode(row: CustomerRow): Customer {
  return {
    ...row,
    income: row.income === null ? null : row.income.toNumber(),
    totalSpent: row.totalSpent.toNumber(),
    attributes: isPlainObject(row.attributes) ? row.attributes : {},
  };
}

/** A row read with money cast to float8 (the read pool's customer list) → GraphQL object. */
export function toCustomerFromFloatRow(row: Record<string, unknown>): Customer {
  return { ...(row as unknown as Customer), attributes: isPlainObject(row.attributes) ? row.attributes : {} };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
