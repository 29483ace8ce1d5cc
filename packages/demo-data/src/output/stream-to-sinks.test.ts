import { generateDemoShop } from "../shop/generate-demo-shop";
import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import type { DemoShopSink } from "./demo-shop-sink";
import { streamToSinks } from "./stream-to-sinks";

function recordingSink(failOnBatch?: number) {
  const seen: string[] = [];
  let closed = 0;
  let batches = 0;
  const sink: DemoShopSink = {
    async writeProducts(products) {
      seen.push(`products:${products.length}`);
    },
    async writeBatch(batch: readonly DemoCustomerRecord[]) {
      batches++;
      if (batches === failOnBatch) throw new Error(`disk full on batch ${batches}`);
      seen.push(`batch:${batch[0].customer.externalId}+${batch.length}`);
    },
    async close() {
      closed++;
    },
  };
  return { sink, seen, closedCount: () => closed };
}

describe("streamToSinks", () => {
  const shop = generateDemoShop({ customers: 250, seed: 2 });

  it("gives every sink the products and the batches in order, then closes it once", async () => {
    const a = recordingSink();
    const b = recordingSink();
    const progress: number[] = [];
    const counts = await streamToSinks({
      shop,
      sinks: [a.sink, b.sink],
      batchSize: 100,
      onProgress: (done) => progress.push(done),
    });
    const expected = ["products:88", "batch:C0000001+100", "batch:C0000101+100", "batch:C0000201+50"];
    expect(a.seen).toEqual(expected);
    expect(b.seen).toEqual(expected);
    expect([a.closedCount(), b.closedCount()]).toEqual([1, 1]);
    expect(progress).toEqual([100, 200, 250]);
    expect(counts.customers).toBe(250);
    expect(counts.products).toBe(88);
  });

  it("stops at the first failing batch, closes every sink and rethrows", async () => {
    const failing = recordingSink(2);
    const healthy = recordingSink();
    await expect(
      streamToSinks({ shop, sinks: [failing.sink, healthy.sink], batchSize: 100 }),
    ).rejects.toThrow("disk full on batch 2");
    expect(failing.closedCount()).toBe(1);
    expect(healthy.closedCount()).toBe(1);
    expect(healthy.seen).toEqual(["products:88", "batch:C0000001+100", "batch:C0000101+100"]);
  });
});
