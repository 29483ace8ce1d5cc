// usage: node dist/bench/write-blobs-cli.js FILE [ROWS] [COLS] [CENTRES] [SEED] [SPREAD]
import { writeBlobsCsv } from "./write-blobs-csv";

const [path, rows = "1000000", cols = "10", centres = "8", seed = "42", spread = "10"] =
  process.argv.slice(2);
writeBlobsCsv(path, {
  rows: Number(rows),
  cols: Number(cols),
  centres: Number(centres),
  seed: Number(seed),
  spread: Number(spread),
});
