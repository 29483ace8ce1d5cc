// Moved to src/graphql/offset-cursor.ts (every list uses it, not only customers). This re-export stays
// until list-customers.ts and the segmentation-runs module import from there.
export * from "../../graphql/offset-cursor";
