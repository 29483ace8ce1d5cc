import { readFileSync } from "node:fs";
import path from "node:path";
import { matrixFromRows, type DenseMatrix } from "../../matrix";
import { Scaler } from "../../preprocess";

/** Iris (Fisher 1936, public domain) for tests: the four measurements and the species. */
export function loadIris(): { features: DenseMatrix; standardized: DenseMatrix; species: string[] } {
  const lines = readFileSync(path.join(__dirname, "iris.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => line.split(",").slice(1, 5).map(Number));
  const species = lines.map((line) => line.split(",")[5]);
  const features = matrixFromRows(rows);
  return { features, standardized: Scaler.fit(features, "standard").transform(features), species };
}
