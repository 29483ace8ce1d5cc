import type { KMeansModelJSON, KSelection } from "../cluster";
import type { DecisionTreeJSON, FeatureImportance, SegmentRule } from "../explain";
import type { CustomerId } from "../features";
import type { DendrogramJSON } from "../hierarchy";
import type { ScalerJSON } from "../preprocess";
import type {
  ArchetypeId,
  CategoricalSummary,
  FeatureComparison,
  FeatureRoles,
  NumericSummary,
  PcaJSON,
  ScatterProjection,
  SuggestedPlan,
} from "../profile";
import type { BasketRule } from "./mine-basket-rules";
import type { ImputationRecord } from "./prepare-features";
import type { PipelineStage } from "./progress-tracker";

/** Everything needed to assign a new customer later (stored in a Json column by the API). */
export interface SegmentationModels {
  kind: "segmentation-models";
  /** Clustering features, in the order the scaler and k-means expect. */
  featureNames: string[];
  scaler: ScalerJSON;
  /** Centroids in the scaled space. */
  kmeans: KMeansModelJSON;
  /** The explanation tree, on the same features in original units. */
  tree: DecisionTreeJSON;
  segmentNames: string[];
}

export interface SegmentSummary {
  /** 0 is the largest segment. */
  id: number;
  size: number;
  share: number;
  name: string;
  description: string;
  archetype: ArchetypeId | null;
  plan: SuggestedPlan | null;
  /** Centroid of the clustering features, original units. */
  centroid: Record<string, number>;
  profile: { numeric: Record<string, NumericSummary>; categorical: Record<string, CategoricalSummary> };
  /** Every profiled numeric feature vs all customers. */
  comparisons: FeatureComparison[];
  /** |effect size| ≥ 0.5, most distinctive first. */
  standOut: FeatureComparison[];
  /** Explanation-tree rules predicting this segment, with coverage and precision. */
  rules: SegmentRule[];
  associationRules: BasketRule[];
}

export interface StageTiming {
  stage: PipelineStage;
  seconds: number;
}

export interface SegmentationResult {
  kind: "segmentation-result";
  customerIds: CustomerId[];
  /** Features k-means ran on. */
  featureNames: string[];
  /** Of those, the ones k-means saw on a log scale (log(1 + x), before scaling). */
  logTransformed: string[];
  /** Numeric features described in profiles (clustering features and any others available). */
  profiledFeatures: string[];
  /** Sensitive attributes found in the input and left out. */
  excludedAttributes: string[];
  imputed: ImputationRecord[];
  roles: FeatureRoles;
  k: number;
  /** Sum of squared distances to the centroids in the scaled space. */
  inertia: number;
  /** Per K: inertia, silhouette, Calinski–Harabasz, Davies–Bouldin; and the recommendation. */
  kSelection: KSelection;
  /** Segment of each customer, in input order. */
  labels: number[];
  segments: SegmentSummary[];
  /** Shared histogram bin edges per profiled feature. */
  histogramEdges: Record<string, number[]>;
  overall: {
    size: number;
    numeric: Record<string, NumericSummary>;
    categorical: Record<string, CategoricalSummary>;
  };
  explanation: { fidelity: number; importances: FeatureImportance[]; tree: DecisionTreeJSON };
  associationRules: { item: "category" | "sku"; basketCount: number } | null;
  projection: (ScatterProjection & { pca: PcaJSON }) | null;
  hierarchy: {
    dendrogram: DendrogramJSON;
    microClusterSizes: number[];
    microClusterSegments: number[];
  } | null;
  models: SegmentationModels;
  /** Empty unless the caller passed a clock (`hooks.now`): the library never reads one itself. */
  timings: StageTiming[];
}
