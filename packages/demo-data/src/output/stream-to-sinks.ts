import type { DemoShop } from "../shop/demo-shop.types";
import { addBatchCounts, emptyCounts, type DemoShopCounts, type DemoShopSink } from "./demo-shop-sink";

/** Customers per batch (and per database transaction): big enough to amortise round trips. */
export const DEFAULT_BATCH_SIZE = 500;

export interface StreamToSinksOptions {
  shop: DemoShop;
  sinks: readonly DemoShopSink[];
  batchSize?: number;
  /** Called after each batch with the customers done so far. */
  onProgress?: (customersDone: number, customersTotal: number) => void;
}

/**
 * Generates the shop once and hands every batch to each sink. The next batch is generated while the
 * sinks are still writing the previous one, so CPU work overlaps database and disk I/O.
 * Returns the generated counts; every sink is closed, also when one fails.
 */
export async function streamToSinks({
  shop,
  sinks,
  batchSize = DEFAULT_BATCH_SIZE,
  onProgress,
}: StreamToSinksOptions): Promise<DemoShopCounts> {
  const counts = emptyCounts();
  let failure: unknown = undefined;
  try {
    await Promise.all(sinks.map((sink) => sink.writeProducts(shop.products)));
    counts.products = shop.products.length;
    let pending: Promise<unknown> = Promise.resolve();
    for (const batch of shop.batches(batchSize)) {
      await pending;
      addBatchCounts(counts, batch);
      const done = counts.customers;
      pending = Promise.all(sinks.map((sink) => sink.writeBatch(batch))).then(() =>
        onProgress?.(done, shop.customerCount),
      );
      // Without this, a failure while the next batch is generated would be an unhandled rejection.
      pending.catch(() => undefined);
    }
    await pending;
  } catch (error) {
    failure = error;
  }
  const closed = await Promise.allSettled(sinks.map((sink) => sink.close()));
  if (failure !== undefined) throw failure;
  const closeFailure = closed.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (closeFailure) throw closeFailure.reason;
  return counts;
}
