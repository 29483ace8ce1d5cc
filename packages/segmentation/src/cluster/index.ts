export type { KMeansOptions } from "./kmeans-options";
export {
  KMEANS_DEFAULTS,
  AUTO_SAMPLE_SIZE,
  AUTO_SAMPLE_THRESHOLD,
  STAGE_SAMPLE_SIZE,
} from "./kmeans-options";
export type { KMeansResult } from "./kmeans";
export { kmeans } from "./kmeans";
export type { KMeansModelJSON } from "./kmeans-model";
export { KMeansModel } from "./kmeans-model";
export { adjustedRandIndex } from "./adjusted-rand-index";
export type { SilhouetteOptions } from "./silhouette-score";
export { silhouetteScore, SILHOUETTE_DEFAULT_SAMPLE_SIZE } from "./silhouette-score";
export { calinskiHarabaszScore } from "./calinski-harabasz-score";
export { daviesBouldinScore } from "./davies-bouldin-score";
export type { ClusterScores } from "./cluster-scores";
export { clusterScores } from "./cluster-scores";
export type { KSelectionRow, KRecommendation } from "./recommend-k";
export { recommendK, findElbow, SILHOUETTE_TIE_MARGIN } from "./recommend-k";
export type { KSelectionOptions, KRangeEvaluation, KSelection } from "./select-k";
export { evaluateKRange, selectK } from "./select-k";
