/** One line of the benchmark table: our number, the reference (scikit-learn) number, and the target. */
export interface BenchmarkRow {
  name: string;
  metric: string;
  ours: number | string;
  reference: number | string;
  /** The target in words, e.g. "≤ 0.5× scikit-learn". */
  target: string;
  met: boolean;
}
