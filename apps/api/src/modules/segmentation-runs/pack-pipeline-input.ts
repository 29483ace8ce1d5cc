import type { PipelineInput } from "@seglens/segmentation";

/**
 * The pipeline's input as it crosses into the worker thread. `new Worker(…, { workerData })` clones it on
 * the API's thread in one synchronous step, and cloning a JS array costs per element: 100,000 ids and a
 * country string per customer held the thread ~90 ms (measured), while typed arrays copy as one block. So
 * customer ids go as a Float64Array and each categorical column as a dictionary of its distinct values plus
 * one Int32Array code per row, and the orders' baskets come already packed (PackedBaskets, from
 * readOrderBaskets); `unpackPipelineInputSource` (run inside the worker) rebuilds the same input.
 */
export interface PackedPipelineInput extends Omit<PipelineInput, "table"> {
  table?: Omit<NonNullable<PipelineInput["table"]>, "ids" | "categorical"> & {
    ids?: Float64Array | NonNullable<PipelineInput["table"]>["ids"];
    categorical?: Array<{ name: string; dictionary: string[]; codes: Int32Array }>;
  };
  /** Orders for basket mining only, packed (readOrderBaskets); the worker turns them into `orders`. */
  baskets?: PackedBaskets;
}

/**
 * Orders as item sets, for basket mining only, as two texts in the same order of orders: the customer ids
 * joined by ",", and each order's items joined by "\x1f", the orders by "\x1e". Empty texts: no orders.
 */
export interface PackedBaskets {
  customerIds: string;
  items: string;
}

/** What the API hands the worker: the engine's input, with the orders' baskets already packed. */
export type WorkerPipelineInput = PipelineInput & { baskets?: PackedBaskets };

export function packPipelineInput(input: WorkerPipelineInput): PackedPipelineInput {
  const { table } = input;
  if (!table) return input as PackedPipelineInput;
  const ids = table.ids?.every((id) => typeof id === "number")
    ? Float64Array.from(table.ids as number[])
    : table.ids;
  const categorical = table.categorical?.map((column) => {
    const dictionary: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = new Int32Array(column.values.length);
    column.values.forEach((value, row) => {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = dictionary.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[row] = code;
    });
    return { name: column.name, dictionary, codes };
  });
  return { ...input, table: { ...table, ids, categorical } };
}

/**
 * `function unpackPipelineInput(packed)` as JavaScript source for the worker (which is a source string too,
 * so it runs the same under ts-jest and from dist): the inverse of packPipelineInput.
 */
export const unpackPipelineInputSource = `
function unpackPipelineInput(packed) {
  const { baskets, ...input } = packed;
  if (baskets) input.orders = unpackBaskets(baskets);
  const table = input.table;
  if (!table) return input;
  return {
    ...input,
    table: {
      ...table,
      ids: ArrayBuffer.isView(table.ids) ? Array.from(table.ids) : table.ids,
      categorical: table.categorical && table.categorical.map((column) => ({
        name: column.name,
        values: Array.from(column.codes, (code) => column.dictionary[code]),
      })),
    },
  };
}
function unpackBaskets({ customerIds, items }) {
  if (customerIds === "") return [];
  const customers = customerIds.split(",");
  return items.split("\\x1e").map((basket, order) => ({
    customerId: Number(customers[order]),
    orderedAt: 0,
    total: 0,
    lines: basket.split("\\x1f").map((item) => ({ sku: item, category: item, quantity: 1, unitPrice: 0 })),
  }));
}
`;
