import { matrixFromRows } from "../matrix";
import { loadIrisTable } from "../explain/test-fixtures/load-iris";
import { crossValidate } from "./cross-validate";

const iris = loadIrisTable();
const x = matrixFromRows(iris.rows);
const y = Array.from(iris.labels);

describe("crossValidate", () => {
  it("scores every model on the same stratified folds, per fold and mean", () => {
    const result = crossValidate({ x, y, folds: 5, seed: 0, model: ["tree", "logistic"] });
    expect(result.folds).toBe(5);
    for (let fold = 0; fold < 5; fold++) {
      // Stratified: each fold holds 10 of each species.
      for (let species = 0; species < 3; species++) {
        expect(y.filter((label, i) => label === species && result.assignment[i] === fold).length).toBe(10);
      }
    }
    expect(result.models.map((m) => m.model)).toEqual(["tree", "logistic"]);
    for (const model of result.models) {
      expect(model.folds).toHaveLength(5);
      const mean = model.folds.reduce((sum, f) => sum + f.accuracy, 0) / 5;
      expect(model.mean.accuracy).toBeCloseTo(mean, 12);
      expect(model.mean.accuracy).toBeGreaterThan(0.9);
      expect(model.mean.rocAuc).toBeGreaterThan(0.9);
    }
  });

  it("reuses a given fold assignment and is deterministic by seed", () => {
    const assignment = Int32Array.from(y.map((_, i) => i % 3));
    const given = crossValidate({ x, y, model: "svm", assignment });
    expect(given.folds).toBe(3);
    expect(given.models[0].folds).toHaveLength(3);
    const again = crossValidate({ x, y, model: "svm", assignment });
    expect(again.models[0].mean).toEqual(given.models[0].mean);
  });

  it("rejects unknown models and impossible folds", () => {
    expect(() => crossValidate({ x, y, model: "forest" as "tree" })).toThrow('unknown model "forest"');
    expect(() => crossValidate({ x, y, folds: 1 })).toThrow("folds must be an integer ≥ 2");
    expect(() => crossValidate({ x, y, folds: 151 })).toThrow("cannot make 151 folds from 150 rows");
  });
});
