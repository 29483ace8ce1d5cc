export type { KMeansOptions } from "./kmeans-options";
export { KMEANS_DEFAULTS, AUTO_SAMPLE_SIZE, AUTO_SAMPLE_THRESHOLD } from "./kmeans-options";
export type { KMeansResult } from "./kmeans";
export { kmeans } from "./kmeans";
export type { KMeansModelJSON } from "./kmeans-model";
export { KMeansModel } from "./kmeans-model";
