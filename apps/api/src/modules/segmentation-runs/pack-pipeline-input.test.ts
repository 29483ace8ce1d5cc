import type { PipelineInput } from "@seglens/segmentation";
import {
  packPipelineInput,
  unpackPipelineInputSource,
  type PackedPipelineInput,
} from "./pack-pipeline-input";

// The worker's copy of the inverse, compiled from the same source string it runs.
const unpack = new Function(`${unpackPipelineInputSource}; return unpackPipelineInput;`)() as (
  packed: PackedPipelineInput,
) => PipelineInput;

/** Plain data to compare (the unpacked objects come from another realm, and typed arrays print as arrays). */
const plain = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      ArrayBuffer.isView(item) ? Array.from(item as Float64Array) : item,
    ),
  );

describe("packPipelineInput", () => {
  const table = {
    ids: [7, 3, 12, 5],
    names: ["a", "b"],
    values: { rows: 4, cols: 2, data: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]) },
    categorical: [
      { name: "country", values: ["FR", "DE", "FR", "(missing)"] },
      { name: "gender", values: ["f", "f", "m", "f"] },
    ],
  };

  it("sends ids and categorical columns as typed arrays, and the worker gets the same input back", () => {
    const packed = packPipelineInput({ table });
    expect(packed.table?.ids).toEqual(Float64Array.from([7, 3, 12, 5]));
    expect(packed.table?.categorical?.[0]).toEqual({
      name: "country",
      dictionary: ["FR", "DE", "(missing)"],
      codes: Int32Array.from([0, 1, 0, 2]),
    });
    const unpacked = unpack(structuredClone(packed));
    expect(plain(unpacked)).toEqual(plain({ table }));
    expect(Array.isArray(unpacked.table?.ids)).toBe(true);
  });

  it("leaves string ids, a table without ids or categories, and input without a table as they are", () => {
    const named = { ...table, ids: ["c1", "c2", "c3", "c4"], categorical: undefined };
    expect(packPipelineInput({ table: named }).table?.ids).toEqual(["c1", "c2", "c3", "c4"]);
    expect(plain(unpack(structuredClone(packPipelineInput({ table: named }))))).toEqual(
      plain({ table: named }),
    );
    const bare = { names: ["a", "b"], values: table.values };
    const unpackedBare = unpack(structuredClone(packPipelineInput({ table: bare })));
    expect(plain(unpackedBare)).toEqual(plain({ table: bare }));
    expect(unpackedBare.table?.ids).toBeUndefined();
    const orders = [{ customerId: 1, orderedAt: 0, total: 10 }];
    expect(plain(unpack(packPipelineInput({ orders })))).toEqual(plain({ orders }));
  });
});
