import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SegmentationError } from "../errors";
import { matrixFromRows, type DenseMatrix } from "../matrix";
import { Scaler } from "../preprocess";
import { agglomerate } from "./agglomerate";
import { Dendrogram } from "./dendrogram";
import type { Linkage } from "./linkage";

interface Reference {
  labels: number[];
  last3: number[][];
}
const reference = JSON.parse(
  readFileSync(join(__dirname, "fixtures", "sklearn-iris-agglomerative.json"), "utf8"),
) as Record<Linkage, Reference>;

function standardisedIris(): DenseMatrix {
  const lines = readFileSync(join(__dirname, "..", "cli", "fixtures", "iris.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1);
  const raw = matrixFromRows(lines.map((line) => line.split(",").slice(1, 5).map(Number)));
  return Scaler.fit(raw, "standard").transform(raw);
}

/** True when two labelings are the same partition (labels may be numbered differently). */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((forward.get(a[i]) ?? b[i]) !== b[i] || (backward.get(b[i]) ?? a[i]) !== a[i]) return false;
    forward.set(a[i], b[i]);
    backward.set(b[i], a[i]);
  }
  return true;
}

describe("agglomerate", () => {
  it("hand-checked: four points on a line, Ward, average and complete", () => {
    // 0, 1, 5, 7: first {0,1} at 1, then {5,7} at 2, then the two pairs.
    const points = matrixFromRows([[0], [1], [5], [7]]);
    const ward = agglomerate(points, { linkage: "ward" });
    expect(ward.merges.slice(0, 2)).toEqual([
      { left: 0, right: 1, distance: 1, size: 2 },
      { left: 2, right: 3, distance: 2, size: 2 },
    ]);
    // Ward: √(2·ΔSSE), ΔSSE = 2·2/4 · (6 − 0.5)² = 30.25 → √60.5
    expect(ward.merges[2]).toMatchObject({ left: 4, right: 5, size: 4 });
    expect(ward.merges[2].distance).toBeCloseTo(Math.sqrt(60.5), 12);
    // average of |{0,1} − {5,7}| = (5 + 7 + 4 + 6) / 4 = 5.5; complete = 7
    expect(agglomerate(points, { linkage: "average" }).merges[2].distance).toBeCloseTo(5.5, 12);
    expect(agglomerate(points, { linkage: "complete" }).merges[2].distance).toBe(7);
    expect(Array.from(ward.cutTree(2))).toEqual([0, 0, 1, 1]);
    expect(Array.from(ward.cutTree(4))).toEqual([0, 1, 2, 3]);
    expect(ward.leafOrder()).toEqual([0, 1, 2, 3]);
  });

  it.each(["ward", "average", "complete"] as const)(
    "matches scikit-learn's %s labels and scipy's last merges on Iris",
    (linkage) => {
      const tree = agglomerate(standardisedIris(), { linkage });
      expect(samePartition(tree.cutTree(3), reference[linkage].labels)).toBe(true);
      const last3 = tree.merges.slice(-3);
      last3.forEach((merge, m) => {
        const [left, right, distance, size] = reference[linkage].last3[m];
        expect(merge).toMatchObject({ left, right, size });
        expect(merge.distance).toBeCloseTo(distance, 9);
      });
    },
  );

  it("weighted Ward on micro-cluster centroids equals Ward on the underlying points", () => {
    // Two points at 0 (weight 2) and one at 4: merging all costs ΔSSE = 2·1/3 · 16.
    const weighted = agglomerate(matrixFromRows([[0], [4], [10]]), { linkage: "ward", weights: [2, 1, 1] });
    const plain = agglomerate(matrixFromRows([[0], [0], [4], [10]]), { linkage: "ward" });
    expect(weighted.merges[0].distance).toBeCloseTo(plain.merges[1].distance, 12);
    expect(weighted.merges[1].distance).toBeCloseTo(plain.merges[2].distance, 12);
    expect(weighted.merges[1].size).toBe(4);
  });

  it("round-trips through JSON and cuts the same", () => {
    const tree = agglomerate(standardisedIris(), { linkage: "average" });
    const restored = Dendrogram.fromJSON(JSON.parse(JSON.stringify(tree)));
    expect(Array.from(restored.cutTree(5))).toEqual(Array.from(tree.cutTree(5)));
    expect(restored.leafOrder()).toHaveLength(150);
    expect(new Set(restored.leafOrder()).size).toBe(150);
  });

  it("refuses bad input with clear errors", () => {
    const points = matrixFromRows([[0], [1]]);
    expect(() => agglomerate(points, { linkage: "single" as Linkage })).toThrow(/linkage must be one of/);
    expect(() => agglomerate(points, { weights: [1, 0] })).toThrow(/weight 1 must be a positive number/);
    expect(() => agglomerate(points).cutTree(3)).toThrow(SegmentationError);
    expect(() => Dendrogram.fromJSON(JSON.parse('{"kind":"pca"}'))).toThrow(/not a serialised dendrogram/);
  });
});
