import { createMatrix } from "../matrix";
import { SeededRandom } from "../random";
import { agglomerateMicroClusters } from "./agglomerate-micro-clusters";

function threeBlobs(perBlob: number): { matrix: ReturnType<typeof createMatrix>; truth: Int32Array } {
  const random = new SeededRandom(5);
  const centres = [
    [0, 0],
    [10, 0],
    [0, 10],
  ];
  const matrix = createMatrix(perBlob * 3, 2);
  const truth = new Int32Array(perBlob * 3);
  for (let i = 0; i < perBlob * 3; i++) {
    const blob = i % 3;
    truth[i] = blob;
    matrix.data[i * 2] = centres[blob][0] + random.nextGaussian();
    matrix.data[i * 2 + 1] = centres[blob][1] + random.nextGaussian();
  }
  return { matrix, truth };
}

describe("agglomerateMicroClusters", () => {
  it("recovers three planted blobs from 30,000 rows through 100 weighted micro-clusters", () => {
    const { matrix, truth } = threeBlobs(10_000);
    const hierarchy = agglomerateMicroClusters(matrix, { microClusters: 100, seed: 1 });
    expect(hierarchy.dendrogram.leaves).toBe(100);
    let total = 0;
    hierarchy.microSizes.forEach((size) => (total += size));
    expect(total).toBe(30_000);
    // The top merge carries every row's weight.
    expect(hierarchy.dendrogram.merges[98].size).toBe(30_000);
    const labels = hierarchy.cutRows(3);
    // Rows 0, 1, 2 come from blobs 0, 1, 2; cutRows numbers clusters by lowest leaf, so compare by mapping.
    const mapping = new Map<number, number>();
    let agree = 0;
    for (let i = 0; i < truth.length; i++) {
      if (!mapping.has(truth[i])) mapping.set(truth[i], labels[i]);
      if (mapping.get(truth[i]) === labels[i]) agree++;
    }
    expect(new Set(mapping.values()).size).toBe(3);
    expect(agree / truth.length).toBeGreaterThan(0.999);
  });

  it("refuses a micro-cluster count the pairwise matrix cannot hold", () => {
    const { matrix } = threeBlobs(10);
    expect(() => agglomerateMicroClusters(matrix, { microClusters: 6000 })).toThrow(
      /microClusters must be an integer in 1..5000/,
    );
  });
});
