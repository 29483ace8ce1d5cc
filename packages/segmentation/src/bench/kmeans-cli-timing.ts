// A whole process doing the same work as bench/sklearn_kmeans.py: read the CSV, fit k-means, print
// inertia. Used to time our k-means against scikit-learn as whole processes.
// usage: node dist/bench/kmeans-cli-timing.js FILE K [RESTARTS] [SEED]
import { kmeans } from "../cluster";
import { readNumericCsv } from "../cli/read-numeric-csv";

function main(argv: string[]): void {
  const [path, kText, restartsText = "10", seedText = "0"] = argv;
  const started = process.hrtime.bigint();
  const csv = readNumericCsv(path, { exclude: ["id"] });
  const read = process.hrtime.bigint();
  const result = kmeans(csv.matrix, {
    k: Number(kText),
    restarts: Number(restartsText),
    seed: Number(seedText),
  });
  const fitted = process.hrtime.bigint();
  const out = {
    inertia: result.inertia,
    iterations: result.iterations,
    rows: csv.rowCount,
    sizes: Array.from(result.sizes),
    readSeconds: Number(read - started) / 1e9,
    fitSeconds: Number(fitted - read) / 1e9,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main(process.argv.slice(2));
