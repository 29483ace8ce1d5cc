import { PRODUCT_CATALOGUE } from "../catalogue/product-catalogue";
import { PLANTED_PAIRS } from "../catalogue/planted-pairs";
import { DemoDataError } from "../errors";
import { parseAsOf } from "./calendar";
import type { DemoCustomerRecord, DemoProduct, DemoShop, DemoShopOptions } from "./demo-shop.types";
import { generateCustomerRecord } from "./generate-customer-record";
import { buildShopContext } from "./shop-context";

export const MIN_CUSTOMERS = 200;
export const MAX_CUSTOMERS = 1_000_000;

/**
 * A deterministic demo shop. Nothing is generated up front: `customers()` and `batches()` stream,
 * so a million customers never sit in memory at once.
 */
export function generateDemoShop({ customers, seed = 1, asOf }: DemoShopOptions): DemoShop {
  if (!Number.isInteger(customers) || customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
    throw new DemoDataError(
      "INVALID_OPTION",
      `customers must be a whole number from ${MIN_CUSTOMERS} to ${MAX_CUSTOMERS.toLocaleString("en")}, got ${customers}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new DemoDataError(
      "INVALID_OPTION",
      `seed must be a whole number from 0 to 4294967295, got ${seed}`,
    );
  }
  const asOfMs = parseAsOf(asOf);
  const context = buildShopContext();
  const products: DemoProduct[] = PRODUCT_CATALOGUE.map(({ sku, name, category, priceCents }) => ({
    sku,
    name,
    category,
    priceCents,
  }));

  function* streamCustomers(): Generator<DemoCustomerRecord> {
    for (let index = 0; index < customers; index++)
      yield generateCustomerRecord(context, seed, index, asOfMs);
  }

  function* streamBatches(size: number): Generator<DemoCustomerRecord[]> {
    if (!Number.isInteger(size) || size < 1) {
      throw new DemoDataError("INVALID_OPTION", `batch size must be a positive whole number, got ${size}`);
    }
    for (let start = 0; start < customers; start += size) {
      const batch: DemoCustomerRecord[] = [];
      const end = Math.min(customers, start + size);
      for (let index = start; index < end; index++)
        batch.push(generateCustomerRecord(context, seed, index, asOfMs));
      yield batch;
    }
  }

  return {
    customerCount: customers,
    seed,
    asOf: asOfMs,
    products,
    plantedPairs: PLANTED_PAIRS,
    customers: streamCustomers,
    batches: streamBatches,
  };
}
