export { Scaler, quantileOfSorted } from "./scaler";
export type { ScalingMethod, ScalerJSON } from "./scaler";
