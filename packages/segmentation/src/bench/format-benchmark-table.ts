import type { BenchmarkRow } from "./benchmark-row";

/** Seven significant digits: enough to see a 1e-6 relative difference in the table. */
export function formatBenchmarkValue(value: number | string): string {
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(7)));
}

/** A markdown table of the rows, pipes in text escaped. */
export function formatBenchmarkTable(rows: BenchmarkRow[]): string {
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    "| benchmark | metric | ours | scikit-learn / reference | target | met |",
    "| --- | --- | ---: | ---: | --- | :---: |",
  ];
  for (const row of rows) {
    lines.push(
      `| ${cell(row.name)} | ${cell(row.metric)} | ${cell(formatBenchmarkValue(row.ours))} | ` +
        `${cell(formatBenchmarkValue(row.reference))} | ${cell(row.target)} | ${row.met ? "yes" : "**no**"} |`,
    );
  }
  return lines.join("\n") + "\n";
}
