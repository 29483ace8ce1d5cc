import { readFileSync } from "node:fs";
import { join } from "node:path";
import { adjustedRandIndex } from "../cluster";
import { SegmentationError } from "../errors";
import { DecisionTree, featureTableFromMatrix } from "../explain";
import { Dendrogram } from "../hierarchy";
import { matrixFromRows } from "../matrix";
import { profileSegments, type ProfileSegmentsOptions } from "../profile";
import { assignCustomer } from "./assign-customer";
import type { PipelineStage } from "./progress-tracker";
import { runSegmentationPipeline } from "./run-segmentation-pipeline";
import { syntheticCustomersWithOrders, syntheticCustomerTable } from "./test-fixtures/synthetic-customers";

function irisTable() {
  const lines = readFileSync(join(__dirname, "..", "cli", "fixtures", "iris.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1);
  const rows = lines.map((line) => line.split(","));
  return {
    ids: rows.map((row) => Number(row[0])),
    names: ["sepal_length", "sepal_width", "petal_length", "petal_width"],
    values: matrixFromRows(rows.map((row) => row.slice(1, 5).map(Number))),
    categorical: [{ name: "species", values: rows.map((row) => row[5]) }],
  };
}

describe("runSegmentationPipeline with a profileSegments hook", () => {
  it("takes the profiles from the hook (as the CLI's worker thread does) with the same result", async () => {
    const calls: ProfileSegmentsOptions[] = [];
    const hooked = await runSegmentationPipeline(
      { table: irisTable() },
      { k: 3, seed: 0 },
      {
        profileSegments: async (options) => {
          calls.push(options);
          return profileSegments(options);
        },
      },
    );
    const inline = await runSegmentationPipeline({ table: irisTable() }, { k: 3, seed: 0 });
    expect(calls).toHaveLength(1);
    expect(calls[0].k).toBe(3);
    expect(Array.from(calls[0].labels)).toEqual(inline.labels);
    expect(calls[0].featureNames).toEqual(["sepal_length", "sepal_width", "petal_length", "petal_width"]);
    expect(hooked).toEqual(inline);
  });

  it("fails with the hook's error", async () => {
    const failure = new SegmentationError("INVALID_INPUT", "the worker could not profile");
    await expect(
      runSegmentationPipeline(
        { table: irisTable() },
        { k: 3 },
        { profileSegments: () => Promise.reject(failure) },
      ),
    ).rejects.toBe(failure);
  });
});

describe("runSegmentationPipeline on a feature table", () => {
  it("lets the silhouette choose K = 2 on standardised Iris and reports every K", async () => {
    const result = await runSegmentationPipeline({ table: irisTable() }, { k: "auto", seed: 0 });
    expect(result.kSelection.rows.map((row) => row.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.kSelection.recommendedK).toBe(2);
    expect(result.k).toBe(2);
    // No Iris measurement is skewed (|skewness| < 0.5): k-means sees them as they are.
    expect(result.logTransformed).toEqual([]);
    // scikit-learn KMeans(2, n_init=10) on standardised Iris: inertia 222.3617
    expect(result.inertia).toBeCloseTo(222.3617, 3);
    expect(result.labels).toHaveLength(150);
    // Segment 0 is the largest: the 100 versicolor + virginica (plus a few setosa-like rows).
    expect(result.segments[0].size).toBeGreaterThanOrEqual(result.segments[1].size);
    expect(result.segments[0].size + result.segments[1].size).toBe(150);
    const setosaShare = result.segments[1].profile.categorical.species.categories[0];
    expect(setosaShare.value).toBe("setosa");
    expect(result.projection?.explainedVarianceRatio[0]).toBeCloseTo(0.7296244541329986, 10);
    expect(result.explanation.fidelity).toBeGreaterThan(0.95);
  });

  it("recovers planted customer segments, explains them with high fidelity and names them", async () => {
    const { table, planted } = syntheticCustomerTable(4000, 11);
    const progress: Array<[number, PipelineStage]> = [];
    const result = await runSegmentationPipeline(
      { table },
      { k: 5, seed: 3 },
      { onProgress: (fraction, stage) => progress.push([fraction, stage]) },
    );
    expect(adjustedRandIndex(planted, result.labels)).toBeGreaterThan(0.9);
    expect(result.explanation.fidelity).toBeGreaterThanOrEqual(0.95);
    const archetypes = result.segments.map((segment) => segment.archetype);
    expect(archetypes).toEqual(
      expect.arrayContaining(["champions", "hibernating", "big-spenders", "promising"]),
    );
    expect(new Set(result.segments.map((segment) => segment.name)).size).toBe(5);
    for (const segment of result.segments) {
      expect(segment.rules.length).toBeGreaterThan(0);
      expect(segment.plan).not.toBeNull();
      expect(segment.description).toMatch(/customers \(\d+(\.\d)?%\)/);
    }
    // Centroids are in original units: the champions' centre orders ≈ 19 (planted 14..24).
    const champions = result.segments.find((segment) => segment.archetype === "champions");
    expect(champions?.centroid.frequency).toBeGreaterThan(14);
    expect(champions?.centroid.frequency).toBeLessThan(24);
    // Progress: monotonic, every stage announced, ends exactly at (1, "done").
    const fractions = progress.map(([fraction]) => fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toEqual([1, "done"]);
    expect(new Set(progress.map(([, stage]) => stage)).size).toBe(9);
  });

  it("clusters on a single feature (no 2-D projection then)", async () => {
    const values = matrixFromRows([[1], [2], [3], [50], [52], [54]]);
    const result = await runSegmentationPipeline({ table: { names: ["spend"], values } }, { k: 2 });
    const [low, high] = [result.labels[0], result.labels[3]];
    expect(low).not.toBe(high);
    expect(result.labels).toEqual([low, low, low, high, high, high]);
    expect(result.segments[low].centroid.spend).toBeCloseTo(2, 10);
    expect(result.segments[high].centroid.spend).toBeCloseTo(52, 10);
    expect(result.projection).toBeNull();
    expect(result.customerIds).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("returns a result that survives JSON unchanged", async () => {
    const { table } = syntheticCustomerTable(600, 2);
    const result = await runSegmentationPipeline({ table }, { k: "auto", kMax: 6 }, { now: () => 0 });
    const copy = JSON.parse(JSON.stringify(result)) as typeof result;
    // The explanation tree's own format stores NaN thresholds on leaves (JSON null); it is checked by
    // behaviour below. Everything else must come back identical.
    const withoutTrees = (r: typeof result) => ({
      ...r,
      explanation: { ...r.explanation, tree: null },
      models: { ...r.models, tree: null },
    });
    expect(withoutTrees(copy)).toEqual(withoutTrees(result));
    const features = featureTableFromMatrix(table.values, table.names);
    expect(DecisionTree.fromJSON(copy.models.tree).predict(features)).toEqual(
      DecisionTree.fromJSON(result.models.tree).predict(features),
    );
    expect(result.timings.map((timing) => timing.stage)).toEqual([
      "features",
      "scaling",
      "k-selection",
      "clustering",
      "explanation",
      "association-rules",
      "projection",
      "profiles",
    ]);
  });
});

describe("runSegmentationPipeline with a dendrogram", () => {
  it("builds weighted Ward on k-means micro-clusters and colours each leaf by its segment", async () => {
    const { table } = syntheticCustomerTable(2000, 4);
    const result = await runSegmentationPipeline({ table }, { k: 5, hierarchy: { microClusters: 40 } });
    const hierarchy = result.hierarchy;
    expect(hierarchy?.dendrogram.leaves).toBe(40);
    expect(hierarchy?.dendrogram.merges).toHaveLength(39);
    expect(hierarchy?.microClusterSizes.reduce((sum, size) => sum + size, 0)).toBe(2000);
    expect(hierarchy?.dendrogram.merges[38].size).toBe(2000);
    expect(new Set(hierarchy?.microClusterSegments)).toEqual(new Set([0, 1, 2, 3, 4]));
    // Cutting the tree into 5 groups the micro-clusters by planted segment, as k-means did.
    const cut = Dendrogram.fromJSON(hierarchy!.dendrogram).cutTree(5);
    const segmentOfGroup = new Map<number, number>();
    cut.forEach((group, leaf) => {
      const segment = hierarchy!.microClusterSegments[leaf];
      expect(segmentOfGroup.get(group) ?? segment).toBe(segment);
      segmentOfGroup.set(group, segment);
    });
  });
});

describe("runSegmentationPipeline on customers and orders", () => {
  const asOf = Date.UTC(2026, 0, 1);
  const { customers, orders } = syntheticCustomersWithOrders(800, 7, asOf);
  const withSilent = [
    ...customers,
    { id: "silent", signupDate: asOf - 10 * 86_400_000, city: "Paris", gender: "f", age: 30 },
  ];

  it("builds RFM features, leaves out sensitive attributes and mines basket rules per segment", async () => {
    const result = await runSegmentationPipeline(
      { customers: withSilent, orders, asOf },
      { k: 4, seed: 1, rules: { minSupport: 0.02 } },
    );
    expect(result.featureNames).toEqual(["recency_days", "frequency", "monetary", "tenure_days"]);
    expect(result.profiledFeatures).toContain("avg_order_value");
    // Spend and counts are heavy-tailed; recency and tenure are durations: all on a log scale.
    expect(result.logTransformed).toEqual(
      expect.arrayContaining(["recency_days", "monetary", "tenure_days"]),
    );
    expect(result.excludedAttributes.sort()).toEqual(["age", "gender"]);
    expect(result.profiledFeatures).not.toContain("age");
    expect(Object.keys(result.overall.categorical)).toEqual(["city"]);
    // The customer without orders gets the stalest recency and zero spend.
    const recency = result.imputed.find((record) => record.feature === "recency_days");
    expect(recency).toMatchObject({ missing: 1, method: "max" });
    expect(result.customerIds[800]).toBe("silent");
    expect(result.associationRules?.basketCount).toBe(orders.length);
    const withRules = result.segments.filter((segment) => segment.associationRules.length > 0);
    expect(withRules.length).toBeGreaterThan(0);
    for (const rule of withRules[0].associationRules) {
      expect(rule.lift).toBeCloseTo(rule.overallLift * (rule.liftRatio ?? NaN), 9);
    }
  });

  it("includes a sensitive attribute only when asked by name", async () => {
    const result = await runSegmentationPipeline(
      { customers, orders, asOf },
      { k: 3, features: ["frequency", "age"] },
    );
    expect(result.featureNames).toEqual(["frequency", "age"]);
    expect(result.excludedAttributes).toEqual(["gender"]);
  });

  it("assigns a new customer with the stored models", async () => {
    const result = await runSegmentationPipeline({ customers, orders, asOf }, { k: 4, seed: 1 });
    const models = JSON.parse(JSON.stringify(result.models));
    result.segments.forEach((segment) => {
      const assignment = assignCustomer(models, segment.centroid);
      expect(assignment.segment).toBe(segment.id);
      expect(assignment.name).toBe(segment.name);
      expect(assignment.distance).toBeCloseTo(0, 9);
    });
    const first = assignCustomer(models, {
      recency_days: 3,
      frequency: 20,
      monetary: 2400,
      avg_order_value: 120,
      tenure_days: 700,
    });
    expect(first.why.steps.length).toBeGreaterThan(0);
    expect(() => assignCustomer(models, { recency_days: 3 })).toThrow(
      /feature "frequency" of the customer is missing/,
    );
  });
});

describe("runSegmentationPipeline errors and cancellation", () => {
  const { table } = syntheticCustomerTable(300, 1);

  it("throws CANCELLED when aborted before or during a run", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runSegmentationPipeline({ table }, { k: 3 }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: "CANCELLED" });
    const during = new AbortController();
    const stages: PipelineStage[] = [];
    const run = runSegmentationPipeline(
      { table },
      { k: "auto" },
      {
        signal: during.signal,
        onProgress: (_fraction, stage) => {
          stages.push(stage);
          if (stage === "k-selection") during.abort();
        },
      },
    );
    await expect(run).rejects.toThrow(SegmentationError);
    await expect(run).rejects.toMatchObject({ code: "CANCELLED" });
    expect(stages).not.toContain("explanation");
  });

  it("lets an abort() from outside the run land between stages", async () => {
    const external = new AbortController();
    const seen: PipelineStage[] = [];
    const run = runSegmentationPipeline(
      { table },
      { k: 3 },
      { signal: external.signal, onProgress: (_fraction, stage) => seen.push(stage) },
    );
    // Queued behind the first stage's turn of the event loop: it runs while "features" is done.
    setImmediate(() => external.abort());
    await expect(run).rejects.toMatchObject({ code: "CANCELLED" });
    expect(seen).toEqual(["features"]);
  });

  it("names the problem for bad input", async () => {
    await expect(runSegmentationPipeline({ table }, { k: 301 })).rejects.toThrow(
      "k = 301 is larger than the number of customers (300)",
    );
    await expect(runSegmentationPipeline({ table }, { features: ["nope"] })).rejects.toThrow(
      /unknown feature "nope"/,
    );
    await expect(runSegmentationPipeline({ table }, { features: ["city"] })).rejects.toThrow(
      'feature "city" is not numeric',
    );
    await expect(runSegmentationPipeline({ customers: [] })).rejects.toThrow(/at least one customer row/);
    await expect(runSegmentationPipeline({ table }, { scaling: "log" as "none" })).rejects.toThrow(
      /scaling must be/,
    );
    const broken = { ...table, values: matrixFromRows([[1, 2, 3, 4, 5]]) };
    broken.values.data[0] = NaN;
    await expect(
      runSegmentationPipeline({ table: { names: table.names, values: broken.values } }),
    ).rejects.toThrow(/row 0, feature "recency_days" is not a finite number/);
  });
});
