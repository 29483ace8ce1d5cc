// Okabe–Ito: eight colours told apart by people with the common colour-vision deficiencies.
// Black is left out (it reads as text), so seven hues cycle; a segment keeps its colour on every
// screen because the colour depends only on its cluster index.
export const okabeIto = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
] as const;

/** The neutral used for "all customers" next to a segment. */
export const everyoneColor = "#7A7A7A";

export function segmentColor(clusterIndex: number): string {
  if (!Number.isInteger(clusterIndex) || clusterIndex < 0) return everyoneColor;
  return okabeIto[clusterIndex % okabeIto.length];
}

/** Past seven segments colours repeat; a dash pattern keeps lines and outlines distinct. */
export function segmentDash(clusterIndex: number): string | undefined {
  if (!Number.isInteger(clusterIndex) || clusterIndex < okabeIto.length) return undefined;
  return Math.floor(clusterIndex / okabeIto.length) % 2 === 1 ? "6 3" : "2 2";
}
