import { SegmentationError } from "../errors";
import { matrixFromRows } from "../matrix";
import { adjustedRandIndex } from "./adjusted-rand-index";
import { calinskiHarabaszScore } from "./calinski-harabasz-score";
import { clusterScores } from "./cluster-scores";
import { daviesBouldinScore } from "./davies-bouldin-score";
import { kmeans } from "./kmeans";
import { silhouetteScore } from "./silhouette-score";
import { gaussianBlobs } from "./test-fixtures/gaussian-blobs";
import { loadIris } from "./test-fixtures/load-iris";

// Reference values from scikit-learn 1.2.1 (Debian /usr/bin/python3), computed once on
// StandardScaler().fit_transform(iris) with silhouette_score, calinski_harabasz_score,
// davies_bouldin_score and adjusted_rand_score; k-means labels from KMeans(k, n_init=10, random_state=0).
const SKLEARN = {
  species: {
    silhouette: 0.3811261580543804,
    calinskiHarabasz: 191.30360862699004,
    daviesBouldin: 1.0672570405480075,
  },
  k2: {
    inertia: 222.36170496502294,
    silhouette: 0.5817500491982808,
    calinskiHarabasz: 251.34933946458113,
    daviesBouldin: 0.5933126905762434,
    ari: 0.5681159420289855,
  },
  k3: {
    silhouette: 0.45994823920518646,
    calinskiHarabasz: 241.90440170183172,
    daviesBouldin: 0.8335949464754334,
    ari: 0.6201351808870379,
  },
};

describe("cluster quality metrics against scikit-learn on standardised Iris", () => {
  const { standardized, species } = loadIris();
  const speciesLabels = Int32Array.from(species, (name) =>
    ["setosa", "versicolor", "virginica"].indexOf(name),
  );

  it("scores the species labelling like scikit-learn", () => {
    expect(silhouetteScore(standardized, speciesLabels)).toBeCloseTo(SKLEARN.species.silhouette, 12);
    expect(calinskiHarabaszScore(standardized, speciesLabels)).toBeCloseTo(
      SKLEARN.species.calinskiHarabasz,
      9,
    );
    expect(daviesBouldinScore(standardized, speciesLabels)).toBeCloseTo(SKLEARN.species.daviesBouldin, 12);
  });

  it("scores our k = 2 and k = 3 fits like scikit-learn scores its own (same optimum)", () => {
    for (const [k, reference] of [
      [2, SKLEARN.k2],
      [3, SKLEARN.k3],
    ] as const) {
      const { labels } = kmeans(standardized, { k, seed: 0 });
      expect(silhouetteScore(standardized, labels)).toBeCloseTo(reference.silhouette, 12);
      expect(calinskiHarabaszScore(standardized, labels)).toBeCloseTo(reference.calinskiHarabasz, 9);
      expect(daviesBouldinScore(standardized, labels)).toBeCloseTo(reference.daviesBouldin, 12);
      expect(adjustedRandIndex(species, labels)).toBeCloseTo(reference.ari, 12);
    }
  });
});

describe("clusterScores", () => {
  const { standardized } = loadIris();

  it("gives scikit-learn's Calinski-Harabasz and Davies-Bouldin on Iris k = 2 and 3, as the separate scores do", () => {
    for (const [k, reference] of [
      [2, SKLEARN.k2],
      [3, SKLEARN.k3],
    ] as const) {
      const { labels } = kmeans(standardized, { k, seed: 0 });
      const scores = clusterScores(standardized, labels);
      expect(scores.calinskiHarabasz).toBeCloseTo(reference.calinskiHarabasz, 9);
      expect(scores.daviesBouldin).toBeCloseTo(reference.daviesBouldin, 12);
      expect(scores.calinskiHarabasz / calinskiHarabaszScore(standardized, labels)).toBeCloseTo(1, 13);
      expect(scores.daviesBouldin / daviesBouldinScore(standardized, labels)).toBeCloseTo(1, 13);
    }
  });

  it("keeps the edge cases: points on their centroids, empty cluster ids, a single cluster", () => {
    // Two clusters each of two identical points: within = 0 gives CH 1, no spread gives DB 0.
    const tight = matrixFromRows([[0], [0], [5], [5]]);
    expect(clusterScores(tight, [0, 0, 2, 2])).toEqual({ calinskiHarabasz: 1, daviesBouldin: 0 });
    expect(calinskiHarabaszScore(tight, [0, 0, 2, 2])).toBe(1);
    expect(() => clusterScores(tight, [1, 1, 1, 1])).toThrow(SegmentationError);
    expect(() => clusterScores(tight, [0, 1])).toThrow("cluster scores: 2 labels for 4 rows");
  });
});

describe("adjustedRandIndex", () => {
  it("matches hand-checked and scikit-learn values", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [0, 0, 1, 2, 2, 2])).toBeCloseTo(0.4444444444444444, 15);
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], ["b", "b", "b", "a", "a", "a"])).toBe(1);
    expect(adjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1])).toBeCloseTo(-0.5, 15);
    expect(adjustedRandIndex([3, 3, 3], [1, 1, 1])).toBe(1);
  });

  it("refuses labelings of different lengths", () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(SegmentationError);
  });
});

describe("silhouetteScore", () => {
  it("is exact on a hand-checked case", () => {
    // Clusters {0, 1} and {10}: row 0: a = 1, b = 10 → 0.9; row 1: a = 1, b = 9 → 8/9; row 2 is alone → 0.
    const matrix = matrixFromRows([[0], [1], [10]]);
    expect(silhouetteScore(matrix, [0, 0, 1])).toBeCloseTo((0.9 + 8 / 9 + 0) / 3, 15);
  });

  it("estimates the exact score from a seeded sample on large data", () => {
    const { matrix, truth } = gaussianBlobs(4000, 3, 4, 2, 5);
    const exact = silhouetteScore(matrix, truth, { sampleSize: 4000 });
    const sampled = silhouetteScore(matrix, truth, { sampleSize: 1500, seed: 3 });
    expect(sampled).not.toBe(exact);
    expect(Math.abs(sampled - exact)).toBeLessThan(0.02);
    expect(silhouetteScore(matrix, truth, { sampleSize: 1500, seed: 3 })).toBe(sampled);
  });

  it("needs at least two clusters and labels for every row", () => {
    const matrix = matrixFromRows([[0], [1], [2]]);
    expect(() => silhouetteScore(matrix, [0, 0, 0])).toThrow(/between 2 and 2 clusters, got 1/);
    expect(() => silhouetteScore(matrix, [0, 1])).toThrow(/2 labels for 3 rows/);
    expect(() => calinskiHarabaszScore(matrix, [0, -1, 1])).toThrow(/integer ≥ 0/);
    expect(() => daviesBouldinScore(matrix, [0, 1, 2])).toThrow(/got 3/);
  });
});

describe("Calinski–Harabasz and Davies–Bouldin", () => {
  it("match hand-checked values", () => {
    // Clusters {0, 2} (mean 1) and {10, 12} (mean 11), overall mean 6.
    // CH: B = 2·25 + 2·25 = 100, W = 4, (100 / 1) / (4 / 2) = 50.
    // DB: spreads 1 and 1, centroid distance 10 → (1 + 1) / 10 = 0.2 for both clusters.
    const matrix = matrixFromRows([[0], [2], [10], [12]]);
    expect(calinskiHarabaszScore(matrix, [0, 0, 1, 1])).toBeCloseTo(50, 12);
    expect(daviesBouldinScore(matrix, [0, 0, 1, 1])).toBeCloseTo(0.2, 15);
  });
});
