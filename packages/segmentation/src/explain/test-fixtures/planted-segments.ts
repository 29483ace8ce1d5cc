import { SeededRandom } from "../../random";
import { createFeatureTable, type FeatureTable } from "../feature-table";

export const plantedCities = ["Paris", "Lyon", "Nice", "Lille"];

/**
 * Synthetic customers with segments planted by known rules:
 *   segment 1: orders ≤ 2 (whatever else);
 *   segment 0: orders ≥ 6 and city is Paris or Lyon;
 *   segment 2: everyone else.
 * `age` is noise the tree must ignore.
 */
export function plantedSegments(rows: number, seed: number): { table: FeatureTable; labels: Int32Array } {
  const random = new SeededRandom(seed);
  const orders: number[] = [];
  const cities: string[] = [];
  const ages: number[] = [];
  const labels = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const count = random.nextInt(12);
    const city = plantedCities[random.nextInt(plantedCities.length)];
    orders.push(count);
    cities.push(city);
    ages.push(18 + random.nextInt(60));
    labels[i] = count <= 2 ? 1 : count >= 6 && (city === "Paris" || city === "Lyon") ? 0 : 2;
  }
  const table = createFeatureTable([
    { name: "age", values: ages },
    { name: "orders", values: orders },
    { name: "city", values: cities },
  ]);
  return { table, labels };
}
