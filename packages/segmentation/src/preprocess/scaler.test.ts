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
});
