import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseClassifyArguments, runClassifyCommand } from "./classify-command";

const dir = mkdtempSync(path.join(tmpdir(), "segment-classify-"));
const iris = path.join(__dirname, "fixtures", "iris.csv");

interface ClassifyOutput {
  target: string;
  classes: string[];
  positiveClass: string | null;
  rows: number;
  features: string[];
  folds: number;
  models: Array<{ model: string; mean: { accuracy: number; rocAuc: number }; folds: unknown[] }>;
}

describe("segment classify", () => {
  it("writes cross-validated metrics per model for a text target", async () => {
    const out = path.join(dir, "iris.json");
    await runClassifyCommand([
      "--input",
      iris,
      "--target",
      "species",
      "--id",
      "id",
      "--model",
      "logistic",
      "--folds",
      "3",
      "--out",
      out,
    ]);
    const result = JSON.parse(readFileSync(out, "utf8")) as ClassifyOutput;
    expect(result.classes).toEqual(["setosa", "versicolor", "virginica"]);
    expect(result.positiveClass).toBeNull();
    expect(result.features).toEqual(["sepal_length", "sepal_width", "petal_length", "petal_width"]);
    expect(result.rows).toBe(150);
    expect(result.folds).toBe(3);
    expect(result.models.map((m) => m.model)).toEqual(["logistic"]);
    expect(result.models[0].folds).toHaveLength(3);
    expect(result.models[0].mean.accuracy).toBeGreaterThan(0.9);
  });

  it("treats a two-valued numeric target as binary with the larger value positive", async () => {
    const input = path.join(dir, "binary.csv");
    const lines = ["spend,visits,bought"];
    for (let i = 0; i < 60; i++) lines.push(`${i},${(i * 7) % 11},${i >= 30 ? 1 : 0}`);
    writeFileSync(input, lines.join("\n"));
    const out = path.join(dir, "binary.json");
    await runClassifyCommand(["--input", input, "--target", "bought", "--out", out]);
    const result = JSON.parse(readFileSync(out, "utf8")) as ClassifyOutput;
    expect(result.classes).toEqual(["0", "1"]);
    expect(result.positiveClass).toBe("1");
    expect(result.features).toEqual(["spend", "visits"]);
    expect(result.models.map((m) => m.model)).toEqual(["tree", "svm", "logistic", "mlp"]);
    expect(result.models.find((m) => m.model === "tree")!.mean.accuracy).toBeGreaterThan(0.95);
  });

  it("rejects bad input with one clear message", async () => {
    await expect(
      runClassifyCommand(["--input", path.join(dir, "none.csv"), "--target", "x"]),
    ).rejects.toThrow("no such file");
    await expect(runClassifyCommand(["--input", iris, "--target", "colour"])).rejects.toThrow(
      'unknown target column "colour"',
    );
    const text = path.join(dir, "text.csv");
    writeFileSync(text, "a,b,y\n1,2,0\n3,x,1\n4,5,0\n6,7,1\n");
    await expect(runClassifyCommand(["--input", text, "--target", "y", "--features", "a,b"])).rejects.toThrow(
      '"x" is not a number',
    );
    expect(() => parseClassifyArguments(["--input", iris])).toThrow("--target is required");
    expect(() => parseClassifyArguments(["--input", iris, "--target", "species", "--model", "knn"])).toThrow(
      "--model must be",
    );
    expect(() => parseClassifyArguments(["--input", iris, "--target", "species", "--folds", "1"])).toThrow(
      "--folds must be an integer ≥ 2",
    );
    expect(() => parseClassifyArguments(["--input", iris, "--bogus", "1"])).toThrow(
      'unknown option "--bogus"',
    );
  });
});
