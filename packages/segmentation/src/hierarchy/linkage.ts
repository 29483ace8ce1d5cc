export type Linkage = "ward" | "average" | "complete";

export const LINKAGES: readonly Linkage[] = ["ward", "average", "complete"];

/**
 * Lance–Williams update: distance from cluster i to the union of x and y, given the distances
 * before the merge and the cluster sizes (or total weights). Same formulas as scipy's linkage,
 * where Ward works on Euclidean (not squared) distances: d = √(2·ΔSSE).
 */
export function lanceWilliams(
  linkage: Linkage,
  dXI: number,
  dYI: number,
  dXY: number,
  sizeX: number,
  sizeY: number,
  sizeI: number,
): number {
  switch (linkage) {
    case "ward": {
      const t = 1 / (sizeX + sizeY + sizeI);
      const squared =
        (sizeI + sizeX) * t * dXI * dXI + (sizeI + sizeY) * t * dYI * dYI - sizeI * t * dXY * dXY;
      return Math.sqrt(Math.max(0, squared));
    }
    case "average":
      return (sizeX * dXI + sizeY * dYI) / (sizeX + sizeY);
    case "complete":
      return dXI > dYI ? dXI : dYI;
  }
}
