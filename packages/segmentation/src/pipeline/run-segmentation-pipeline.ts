import { SegmentationError } from "../errors";
import { explainClusters, featureTableFromMatrix } from "../explain";
import { agglomerateMicroClusters } from "../hierarchy";
import { createMatrix, type DenseMatrix } from "../matrix";
import { chooseLogColumns, Scaler } from "../preprocess";
import {
  detectFeatureRoles,
  nameSegments,
  Pca,
  profileSegments,
  projectForPlot,
  type ProfileSegmentsOptions,
} from "../profile";
import { chooseClustering } from "./choose-k";
import { mineBasketRules, orderRowsOf } from "./mine-basket-rules";
import type { PipelineInput } from "./pipeline-input";
import { DEFAULT_ORDER_FEATURES, resolvePipelineOptions, type PipelineOptions } from "./pipeline-options";
import type { SegmentationResult, SegmentSummary } from "./pipeline-result";
import { prepareFeatures, type PreparedFeatures } from "./prepare-features";
import { ProgressTracker, type PipelineHooks } from "./progress-tracker";

/**
 * The one call: features → scaling → K selection → k-means → explanation tree → association rules
 * → 2-D projection → profiles, names and plans, returned as one JSON-serialisable result. (Profiles
 * come last so that a profileSegments hook running on another thread overlaps with everything
 * after the clustering.)
 * Progress is reported per stage (monotonic, ends at 1); an aborted `signal` throws
 * SegmentationError("CANCELLED") at the next stage boundary or K of the K scan. Each stage starts
 * after a turn of the event loop, so an abort() coming from elsewhere (a request, a timer) lands.
 */
export async function runSegmentationPipeline(
  input: PipelineInput,
  options: PipelineOptions = {},
  hooks: PipelineHooks = {},
): Promise<SegmentationResult> {
  const settings = resolvePipelineOptions(options);
  const tracker = new ProgressTracker(hooks);

  await tracker.begin("features");
  const prepared = prepareFeatures(input, settings);
  const featureNames = chooseFeatures(prepared, settings.features);
  const matrix = selectColumns(prepared, featureNames);
  const n = matrix.rows;
  if (n < 2) throw new SegmentationError("TOO_FEW_ROWS", `segmentation needs at least 2 customers, got ${n}`);
  if (settings.k !== "auto" && settings.k > n) {
    throw new SegmentationError(
      "TOO_FEW_ROWS",
      `k = ${settings.k} is larger than the number of customers (${n})`,
    );
  }

  await tracker.begin("scaling");
  const roles = detectFeatureRoles(prepared.names, settings.roles);
  const log =
    settings.logTransform === "auto"
      ? chooseLogColumns(matrix, featureNames, [roles.recency, roles.tenure].filter(isDefined))
      : featureNames.map(() => false);
  const scaler = Scaler.fit(matrix, settings.scaling, { log });
  // The identity (no scaling, no log): cluster on the (read-only) matrix itself rather than a copy.
  const scaled = scaler.isIdentity ? matrix : scaler.transform(matrix);

  await tracker.begin("k-selection");
  const { selection, fit: fitted } = chooseClustering(scaled, settings, (fraction) =>
    tracker.within(fraction),
  );
  const k = fitted.k;

  await tracker.begin("clustering");
  const { labels, order } = relabelBySize(fitted.labels, k);
  const scaledCentroids = reorderRows(fitted.centroids, order);
  const centroids = scaler.inverseTransform(scaledCentroids);

  await tracker.begin("explanation");
  const profileOptions: ProfileSegmentsOptions = {
    features: prepared.values,
    featureNames: prepared.names,
    labels,
    k,
    categorical: prepared.categorical,
    bins: settings.histogramBins,
  };
  // Started before the tree so that a hook running elsewhere overlaps with it. A rejection is
  // observed when awaited below; the no-op catch keeps it from counting as unhandled meanwhile.
  const profilesElsewhere = hooks.profileSegments?.(profileOptions);
  profilesElsewhere?.catch(() => undefined);
  const explanation = explainClusters({
    features: featureTableFromMatrix(matrix, featureNames),
    labels,
    options: {
      maxDepth: settings.explanationMaxDepth,
      maxTrainingRows: settings.explanationTrainingRows,
      seed: settings.seed,
    },
  });

  await tracker.begin("association-rules");
  const basketRules = input.orders
    ? mineBasketRules(
        input.orders,
        prepared.orderRows ?? orderRowsOf(input.orders, prepared.ids),
        labels,
        k,
        settings.rules,
      )
    : null;

  await tracker.begin("projection");
  let projection: SegmentationResult["projection"] = null;
  if (scaled.cols >= 2) {
    const pca = Pca.fit(scaled, 2);
    const plot = projectForPlot({
      pca,
      matrix: scaled,
      labels,
      centroids: scaledCentroids,
      maxPoints: settings.maxPlotPoints,
      seed: settings.seed,
    });
    projection = { ...plot, pca: pca.toJSON() };
  }
  let hierarchy: SegmentationResult["hierarchy"] = null;
  if (settings.hierarchy) {
    const tree = agglomerateMicroClusters(scaled, {
      ...settings.hierarchy,
      seed: settings.seed,
      onProgress: (fraction) => tracker.within(fraction),
    });
    hierarchy = {
      dendrogram: tree.dendrogram.toJSON(),
      microClusterSizes: Array.from(tree.microSizes),
      microClusterSegments: majoritySegments(tree.microLabels, labels, tree.microSizes.length, k),
    };
  }

  await tracker.begin("profiles");
  const profiles = profilesElsewhere ? await profilesElsewhere : profileSegments(profileOptions);
  const identities = nameSegments(profiles, roles);

  const segments = profiles.segments.map((profile, s): SegmentSummary => ({
    id: s,
    size: profile.size,
    share: profile.share,
    name: identities[s].name,
    description: identities[s].description,
    archetype: identities[s].archetype,
    plan: identities[s].plan,
    centroid: Object.fromEntries(
      featureNames.map((name, j) => [name, centroids.data[s * centroids.cols + j]]),
    ),
    profile: { numeric: profile.numeric, categorical: profile.categorical },
    comparisons: profile.comparisons,
    standOut: profile.standOut,
    rules: explanation.rulesBySegment[s] ?? [],
    associationRules: basketRules?.rulesBySegment[s] ?? [],
  }));
  await tracker.finish();
  return {
    kind: "segmentation-result",
    customerIds: prepared.ids,
    featureNames,
    logTransformed: featureNames.filter((_, j) => log[j]),
    profiledFeatures: prepared.names,
    excludedAttributes: prepared.excluded,
    imputed: prepared.imputed,
    roles,
    k,
    inertia: fitted.inertia,
    kSelection: selection,
    labels: Array.from(labels),
    segments,
    histogramEdges: profiles.histogramEdges,
    overall: profiles.overall,
    explanation: {
      fidelity: explanation.fidelity,
      importances: explanation.importances,
      tree: explanation.model.toJSON(),
    },
    associationRules: basketRules ? { item: basketRules.item, basketCount: basketRules.basketCount } : null,
    projection,
    hierarchy,
    models: {
      kind: "segmentation-models",
      featureNames,
      scaler: scaler.toJSON(),
      kmeans: { kind: "kmeans", centroids: rowsOf(scaledCentroids) },
      tree: explanation.model.toJSON(),
      segmentNames: identities.map((identity) => identity.name),
    },
    timings: tracker.timings,
  };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function chooseFeatures(prepared: PreparedFeatures, requested: string[] | undefined): string[] {
  if (requested) {
    if (requested.length === 0)
      throw new SegmentationError("INVALID_OPTION", "features must list at least one feature");
    for (const name of requested) {
      if (!prepared.names.includes(name)) {
        const known = prepared.categorical.some((column) => column.name === name);
        throw new SegmentationError(
          known ? "NON_NUMERIC_VALUE" : "INVALID_OPTION",
          known
            ? `feature "${name}" is not numeric`
            : `unknown feature "${name}" (available: ${prepared.names.join(", ")})`,
        );
      }
    }
    return [...new Set(requested)];
  }
  // With orders: the core RFM/behaviour features plus every numeric customer attribute.
  const defaults = prepared.names.filter(
    (name, j) =>
      !prepared.fromOrders || j >= prepared.attributeStart || DEFAULT_ORDER_FEATURES.includes(name),
  );
  if (defaults.length === 0)
    throw new SegmentationError("NO_NUMERIC_COLUMN", "no numeric feature to cluster on");
  return defaults;
}

function selectColumns(prepared: PreparedFeatures, names: readonly string[]): DenseMatrix {
  const source = prepared.values;
  const indices = names.map((name) => prepared.names.indexOf(name));
  // Every column in its own order (the CLI's default): no copy needed.
  if (indices.length === source.cols && indices.every((index, c) => index === c)) return source;
  const out = createMatrix(source.rows, names.length);
  for (let i = 0; i < source.rows; i++) {
    for (let c = 0; c < indices.length; c++)
      out.data[i * names.length + c] = source.data[i * source.cols + indices[c]];
  }
  return out;
}

/** Renumbers clusters so that 0 is the largest (ties: lower original label first). */
function relabelBySize(original: Int32Array, k: number): { labels: Int32Array; order: number[] } {
  const sizes = new Int32Array(k);
  for (let i = 0; i < original.length; i++) sizes[original[i]]++;
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rank = new Int32Array(k);
  order.forEach((c, r) => (rank[c] = r));
  return { labels: original.map((c) => rank[c]), order };
}

function reorderRows(matrix: DenseMatrix, order: readonly number[]): DenseMatrix {
  const out = createMatrix(order.length, matrix.cols);
  order.forEach((row, r) =>
    out.data.set(matrix.data.subarray(row * matrix.cols, (row + 1) * matrix.cols), r * matrix.cols),
  );
  return out;
}

function rowsOf(matrix: DenseMatrix): number[][] {
  return Array.from({ length: matrix.rows }, (_, i) =>
    Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols)),
  );
}

/** The segment most rows of each micro-cluster belong to, so a UI can colour dendrogram leaves. */
function majoritySegments(microLabels: Int32Array, labels: Int32Array, micro: number, k: number): number[] {
  const counts = new Int32Array(micro * k);
  for (let i = 0; i < labels.length; i++) counts[microLabels[i] * k + labels[i]]++;
  return Array.from({ length: micro }, (_, m) => {
    let best = 0;
    for (let s = 1; s < k; s++) if (counts[m * k + s] > counts[m * k + best]) best = s;
    return best;
  });
}
