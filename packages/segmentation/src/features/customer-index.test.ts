import { SegmentationError } from "../errors";
import { CustomerIndex } from "./customer-index";

describe("CustomerIndex", () => {
  it("finds rows for dense integer ids through the table", () => {
    const index = new CustomerIndex([{ id: 2 }, { id: 0 }, { id: 5 }]);
    expect([2, 0, 5, 1, 6, -1, 2.5, "2"].map((id) => index.rowOf(id))).toEqual([0, 1, 2, -1, -1, -1, -1, -1]);
  });

  it("falls back to a map for sparse, negative or text ids", () => {
    const sparse = new CustomerIndex([{ id: 1e9 }, { id: 3 }]);
    expect([1e9, 3, 4].map((id) => sparse.rowOf(id))).toEqual([0, 1, -1]);
    const mixed = new CustomerIndex([{ id: "a" }, { id: 7 }, { id: -2 }]);
    expect(["a", 7, -2, "7"].map((id) => mixed.rowOf(id))).toEqual([0, 1, 2, -1]);
  });

  it("rejects repeated ids on either path", () => {
    expect(() => new CustomerIndex([{ id: 1 }, { id: 1 }])).toThrow(SegmentationError);
    expect(() => new CustomerIndex([{ id: "x" }, { id: "x" }])).toThrow(/customer id x appears twice/);
  });
});
