// Moved to src/graphql/offset-cursor.ts (every list uses it, not only customers). This re-export stays
// until the segmentation-runs module (list-segmentation-runs.ts) imports from there.
export * from "../../graphql/offset-cursor";
