import { closeSync, openSync, writeSync } from "node:fs";
import { SeededRandom } from "../random";

export interface BlobsSpec {
  rows: number;
  cols: number;
  centres: number;
  seed: number;
  /** Centres are drawn uniformly in [-spread, spread] per column; points have unit standard deviation. */
  spread: number;
}

/** Writes a CSV (header x0..x{cols-1}) of Gaussian blobs, deterministic by seed, 4 decimals per value. */
export function writeBlobsCsv(path: string, spec: BlobsSpec): void {
  const random = new SeededRandom(spec.seed);
  const centres: number[][] = [];
  for (let c = 0; c < spec.centres; c++) {
    centres.push(Array.from({ length: spec.cols }, () => (random.next() * 2 - 1) * spec.spread));
  }
  const file = openSync(path, "w");
  try {
    writeSync(file, Array.from({ length: spec.cols }, (_, j) => `x${j}`).join(",") + "\n");
    const chunkRows = 20_000;
    for (let startRow = 0; startRow < spec.rows; startRow += chunkRows) {
      const lines: string[] = [];
      for (let i = startRow; i < Math.min(spec.rows, startRow + chunkRows); i++) {
        const centre = centres[random.nextInt(spec.centres)];
        const cells: string[] = [];
        for (let j = 0; j < spec.cols; j++) cells.push((centre[j] + random.nextGaussian()).toFixed(4));
        lines.push(cells.join(","));
      }
      writeSync(file, lines.join("\n") + "\n");
    }
  } finally {
    closeSync(file);
  }
}
