import { readFileSync } from "node:fs";
import path from "node:path";
import { createFeatureTable, type FeatureTable } from "../feature-table";

export const irisFeatureNames = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
export const irisSpecies = ["setosa", "versicolor", "virginica"];

/** Iris (Fisher 1936, public domain) for tests: measurements as a FeatureTable, species as 0/1/2. */
export function loadIrisTable(): { table: FeatureTable; rows: number[][]; labels: Int32Array } {
  const lines = readFileSync(path.join(__dirname, "iris.csv"), "utf8").trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => line.split(",").slice(1, 5).map(Number));
  const labels = Int32Array.from(lines.map((line) => irisSpecies.indexOf(line.split(",")[5])));
  const table = createFeatureTable(
    irisFeatureNames.map((name, j) => ({ name, values: rows.map((row) => row[j]) })),
  );
  return { table, rows, labels };
}
