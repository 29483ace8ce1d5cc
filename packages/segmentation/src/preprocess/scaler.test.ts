import { matrixFromRows, matrixToRows } from "../matrix";
import { Scaler } from "./scaler";

const data = matrixFromRows([
  [1, 10],
  [2, 20],
  [3, 30],
  [4, 100],
]);

describe("Scaler", () => {
  it("standardises with the population standard deviation", () => {
    const scaled = matrixToRows(Scaler.fit(data, "standard").transform(data));
    // column 0: mean 2.5, population std sqrt(1.25)
    expect(scaled[0][0]).toBeCloseTo(-1.5 / Math.sqrt(1.25), 12);
    expect(scaled[3][0]).toBeCloseTo(1.5 / Math.sqrt(1.25), 12);
  });

  it("scales min-max to [0, 1] and robust by median and IQR", () => {
    expect(matrixToRows(Scaler.fit(data, "minmax").transform(data)).map((r) => r[1])).toEqual([
      0,
      1 / 9,
      2 / 9,
      1,
    ]);
    // column 1 sorted 10,20,30,100: median 25, q1 17.5, q3 47.5 → IQR 30
    const robust = matrixToRows(Scaler.fit(data, "robust").transform(data));
    expect(robust[3][1]).toBeCloseTo(75 / 30, 12);
  });

  it("inverts its transform and round-trips through JSON", () => {
    const scaler = Scaler.fit(data, "standard");
    const restored = Scaler.fromJSON(JSON.parse(JSON.stringify(scaler)));
    const back = matrixToRows(restored.inverseTransform(scaler.transform(data)));
    back.flat().forEach((v, i) => expect(v).toBeCloseTo(matrixToRows(data).flat()[i], 10));
  });

  it("keeps constant columns finite and rejects a matrix of the wrong width", () => {
    const constant = matrixFromRows([[5], [5], [5]]);
    expect(matrixToRows(Scaler.fit(constant, "standard").transform(constant))).toEqual([[0], [0], [0]]);
    expect(() => Scaler.fit(data, "standard").transform(constant)).toThrow("fitted on 2 columns");
  });

  it("takes log columns through log(1 + x) before scaling and back through exp(x) - 1", () => {
    const scaler = Scaler.fit(data, "standard", { log: [false, true] });
    const scaled = matrixToRows(scaler.transform(data));
    const logs = [10, 20, 30, 100].map(Math.log1p);
    const mean = logs.reduce((a, b) => a + b, 0) / 4;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / 4);
    expect(scaled[3][1]).toBeCloseTo((Math.log1p(100) - mean) / sd, 12);
    expect(scaled[0][0]).toBeCloseTo(-1.5 / Math.sqrt(1.25), 12);
    const restored = Scaler.fromJSON(JSON.parse(JSON.stringify(scaler)));
    expect(restored.toJSON().log).toEqual([false, true]);
    const back = matrixToRows(restored.inverseTransform(restored.transform(data)));
    back.flat().forEach((v, i) => expect(v).toBeCloseTo(matrixToRows(data).flat()[i], 9));
  });

  it("counts a negative value in a log column as 0 and keeps models saved without log working", () => {
    const scaler = Scaler.fit(data, "none", { log: [true, false] });
    expect(scaler.isIdentity).toBe(false);
    expect(matrixToRows(scaler.transform(matrixFromRows([[-5, 7]])))).toEqual([[0, 7]]);
    const old = Scaler.fromJSON({ kind: "scaler", method: "none", center: [0, 0], scale: [1, 1] });
    expect(old.isIdentity).toBe(true);
    expect(old.toJSON()).toEqual({ kind: "scaler", method: "none", center: [0, 0], scale: [1, 1] });
    expect(() => Scaler.fit(data, "standard", { log: [true] })).toThrow("log lists 1 columns");
    expect(() =>
      Scaler.fromJSON({ kind: "scaler", method: "none", center: [0, 0], scale: [1, 1], log: [true] }),
    ).toThrow("not a serialised scaler");
  });
});
