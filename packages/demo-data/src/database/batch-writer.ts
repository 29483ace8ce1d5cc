import type { DemoCustomerRecord } from "../shop/demo-shop.types";
import type { DatabaseWriteCounts } from "./database-write-counts";

/** How one database sink writes its batches; chosen once per seed by createDatabaseSink. */
export interface BatchWriter {
  readonly method: "bulk" | "copy" | "insert";
  write(batch: readonly DemoCustomerRecord[]): Promise<DatabaseWriteCounts>;
  /** After the last batch: whatever must happen for the rows to be complete and visible. */
  finish(): Promise<void>;
  /** After a failure: leave the database as the last finished unit of work left it. */
  abort(): Promise<void>;
}
