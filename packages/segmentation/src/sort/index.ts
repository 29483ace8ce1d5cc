export type { SortedWithPayload } from "./sort-with-payload";
export { argsortFloat64, sortWithPayload } from "./sort-with-payload";
