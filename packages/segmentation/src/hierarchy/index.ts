export type { Linkage } from "./linkage";
export { LINKAGES, lanceWilliams } from "./linkage";
export type { Merge, DendrogramJSON } from "./dendrogram";
export { Dendrogram } from "./dendrogram";
export type { AgglomerateOptions } from "./agglomerate";
export { agglomerate, MAX_AGGLOMERATIVE_POINTS } from "./agglomerate";
export type { MicroClusterOptions, MicroClusterHierarchy } from "./agglomerate-micro-clusters";
export { agglomerateMicroClusters } from "./agglomerate-micro-clusters";
