import { customerFeatureCatalog, catalogFeatureNames } from "./customer-feature-catalog";
import { computeCustomerFeatures } from "./compute-customer-features";
import { readAggregateBatch, type AggregateReader } from "./read-customer-aggregates";

export interface LoadedFeatureTable {
  ids: number[];
  names: string[];
  /** rows × names.length, row-major, original units, undefined values already filled. */
  values: Float64Array;
  categorical: Array<{ name: string; values: string[] }>;
  /** What each feature's undefined values were filled with (stored with the model for real-time scoring). */
  fill: Record<string, number>;
}

/**
 * Every customer's features, read in keyset batches of per-customer SQL aggregates (never one
 * object per order), so memory grows with customers × features only. `onBatch` gets the number
 * read so far and may throw to stop (cancellation).
 */
export async function loadFeatureTable({
  prisma,
  asOf,
  includeSensitive,
  batchSize = 50_000,
  onBatch,
}: {
  prisma: AggregateReader;
  asOf: Date;
  includeSensitive: boolean;
  batchSize?: number;
  onBatch?: (loaded: number) => Promise<void>;
}): Promise<LoadedFeatureTable> {
  const names = catalogFeatureNames({ includeSensitive });
  const cols = names.length;
  const asOfMs = asOf.getTime();
  const ids: number[] = [];
  const chunks: Float64Array[] = [];
  const countries: string[] = [];
  const genders: string[] = [];
  let afterId = 0;
  for (;;) {
    const rows = await readAggregateBatch({ prisma, afterId, limit: batchSize });
    if (rows.length === 0) break;
    const chunk = new Float64Array(rows.length * cols);
    rows.forEach((row, r) => {
      const features = computeCustomerFeatures(row, asOfMs);
      for (let j = 0; j < cols; j++) chunk[r * cols + j] = features[names[j]];
      ids.push(row.id);
      countries.push(row.country ?? "(missing)");
      if (includeSensitive) genders.push(row.gender ?? "(missing)");
    });
    chunks.push(chunk);
    afterId = rows[rows.length - 1].id;
    await onBatch?.(ids.length);
    if (rows.length < batchSize) break;
  }
  const values = new Float64Array(ids.length * cols);
  let offset = 0;
  for (const chunk of chunks) {
    values.set(chunk, offset);
    offset += chunk.length;
  }
  const fill = fillUndefined(values, names);
  const categorical = [{ name: "country", values: countries }];
  if (includeSensitive) categorical.push({ name: "gender", values: genders });
  return { ids, names, values, categorical, fill };
}

/** Replaces NaN per feature by its catalog rule (max, median or a constant) and returns the values used. */
function fillUndefined(values: Float64Array, names: readonly string[]): Record<string, number> {
  const cols = names.length;
  const rows = cols === 0 ? 0 : values.length / cols;
  const fill: Record<string, number> = {};
  names.forEach((name, j) => {
    const rule = customerFeatureCatalog.find((feature) => feature.name === name)?.fill ?? 0;
    let value = 0;
    if (typeof rule === "number") value = rule;
    else {
      const present: number[] = [];
      for (let i = 0; i < rows; i++)
        if (Number.isFinite(values[i * cols + j])) present.push(values[i * cols + j]);
      if (present.length > 0) {
        const sorted = Float64Array.from(present).sort();
        value = rule === "max" ? sorted[sorted.length - 1] : medianOfSorted(sorted);
      }
    }
    fill[name] = value;
    for (let i = 0; i < rows; i++) if (!Number.isFinite(values[i * cols + j])) values[i * cols + j] = value;
  });
  return fill;
}

function medianOfSorted(sorted: Float64Array): number {
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}
