import { SegmentationError } from "../errors";
import { matrixFromRows } from "../matrix";
import { kmeans } from "./kmeans";
import { KMeansModel } from "./kmeans-model";
import { loadIris } from "./test-fixtures/load-iris";

describe("KMeansModel", () => {
  it("predicts the fitted labels for the fitted rows", () => {
    const { standardized } = loadIris();
    const result = kmeans(standardized, { k: 3, seed: 2 });
    expect(Array.from(result.model.predict(standardized))).toEqual(Array.from(result.labels));
  });

  it("assigns new points to the nearest centroid", () => {
    const model = new KMeansModel(
      matrixFromRows([
        [0, 0],
        [10, 0],
      ]),
    );
    expect(
      Array.from(
        model.predict(
          matrixFromRows([
            [1, 1],
            [6, -2],
            [5, 0],
          ]),
        ),
      ),
    ).toEqual([0, 1, 0]);
    expect(model.k).toBe(2);
  });

  it("round-trips through JSON", () => {
    const { standardized } = loadIris();
    const { model } = kmeans(standardized, { k: 3, seed: 0 });
    const copy = KMeansModel.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(copy.toJSON()).toEqual(model.toJSON());
    expect(Array.from(copy.predict(standardized))).toEqual(Array.from(model.predict(standardized)));
  });

  it("rejects malformed JSON and mismatched data", () => {
    expect(() => KMeansModel.fromJSON({ kind: "tree" })).toThrow(/not a k-means model/);
    expect(() => KMeansModel.fromJSON(null)).toThrow(SegmentationError);
    expect(() => KMeansModel.fromJSON({ kind: "kmeans", centroids: [] })).toThrow(/non-empty/);
    expect(() => KMeansModel.fromJSON({ kind: "kmeans", centroids: [[1, 2], [3]] })).toThrow(
      /centroids are invalid/,
    );
    const model = new KMeansModel(matrixFromRows([[0, 0]]));
    expect(() => model.predict(matrixFromRows([[1, 2, 3]]))).toThrow(
      /fitted on 2 columns but the data has 3/,
    );
    expect(() => model.predict({ rows: 1, cols: 2, data: Float64Array.from([NaN, 1]) })).toThrow(/row 0/);
  });
});
