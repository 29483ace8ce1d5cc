// Moved to src/graphql/page-info.type.ts (every connection uses it). This re-export stays until the
// segmentation-runs module (segmentation-run.type.ts) imports from there.
export { PageInfo } from "../../graphql/page-info.type";
