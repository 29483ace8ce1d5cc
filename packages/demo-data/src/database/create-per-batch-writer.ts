import type { ClientBase } from "pg";
import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import type { BatchWriter } from "./batch-writer";
import type { DatabaseWriteCounts } from "./database-write-counts";
import { insertBatchWithCopy } from "./insert-batch-with-copy";
import { insertBatchWithUnnest } from "./insert-batch-with-unnest";

// Any customer of the batch already there (by external id or e-mail) sends the batch down the INSERT
// path, which skips exactly those customers with their orders and events.
const COUNT_EXISTING_CUSTOMERS = `
SELECT count(*)::int AS n FROM "Customer" WHERE "externalId" = ANY($1::text[]) OR email = ANY($2::text[])`;

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";

export interface PerBatchWriterOptions {
  client: ClientBase;
  productIds: ReadonlyMap<string, number>;
  /** COPY the batches whose customers are all new; otherwise (or on PGlite) INSERT … ON CONFLICT. */
  useCopy: boolean;
}

/**
 * One transaction per batch: a batch lands completely or not at all, so an interrupted seed resumes
 * where it stopped and a repeated one skips what is there.
 */
export function createPerBatchWriter({ client, productIds, useCopy }: PerBatchWriterOptions): BatchWriter {
  async function allCustomersNew(batch: readonly DemoCustomerRecord[]): Promise<boolean> {
    const { rows } = await client.query<{ n: number }>(COUNT_EXISTING_CUSTOMERS, [
      batch.map((record) => record.customer.externalId),
      batch.map((record) => record.customer.email),
    ]);
    return rows[0].n === 0;
  }

  async function writeInTransaction(batch: readonly DemoCustomerRecord[]): Promise<DatabaseWriteCounts> {
    if (!useCopy || !(await allCustomersNew(batch)))
      return insertBatchWithUnnest({ client, batch, productIds });
    await client.query("SAVEPOINT copy_batch");
    try {
      const added = await insertBatchWithCopy({ client, batch, productIds });
      await client.query("RELEASE SAVEPOINT copy_batch");
      return added;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // An order or event of these customers exists after all (written by an import, say): the INSERT
      // path skips exactly what is there.
      await client.query("ROLLBACK TO SAVEPOINT copy_batch");
      return insertBatchWithUnnest({ client, batch, productIds });
    }
  }

  return {
    method: useCopy ? "copy" : "insert",
    async write(batch) {
      await client.query("BEGIN");
      try {
        const added = await writeInTransaction(batch);
        await client.query("COMMIT");
        return added;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    finish: async () => undefined,
    abort: async () => undefined,
  };
}
