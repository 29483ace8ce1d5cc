import type { CustomerId, DateInput, EventRecord, OrderRecord } from "../features";
import type { DenseMatrix } from "../matrix";
import type { CategoricalColumn } from "../profile";

export type AttributeValue = string | number | boolean | Date | null | undefined;

/** One customer: an id column plus any attributes (numbers cluster, strings are profiled). */
export type CustomerRow = Readonly<Record<string, AttributeValue>>;

/** A ready numeric table (e.g. read from a CSV), in original units. */
export interface ReadyFeatureTable {
  /** Default: 0..rows-1. */
  ids?: CustomerId[];
  names: string[];
  values: DenseMatrix;
  /** Non-numeric columns to profile (category shares per segment). */
  categorical?: CategoricalColumn[];
}

/**
 * Give `table`, or `customers` (with optional `orders`/`events` from which RFM and behaviour
 * features are computed; then `asOf`, the moment "now", is required: the library reads no clock).
 */
export interface PipelineInput {
  customers?: readonly CustomerRow[];
  orders?: readonly OrderRecord[];
  events?: readonly EventRecord[];
  asOf?: DateInput;
  table?: ReadyFeatureTable;
}
