import { customerFeatureCatalog, catalogFeatureNames } from "./customer-feature-catalog";
import { computeCustomerFeatures } from "./compute-customer-features";
import type { BackgroundPacer } from "./pace-background-work";
import { readAggregateBatch, type AggregateReader } from "./read-customer-aggregates";

/**
 * Customers per aggregate query. Each batch is parsed and turned into features on the API's thread, where
 * requests wait meanwhile: 50,000 rows blocked it for ~0.4 s (idle machine; seconds under load), 5,000 take
 * a few tens of ms, and each query is that much shorter too.
 */
export const defaultAggregateBatchSize = 5_000;

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
 * read so far and may throw to stop (cancellation). With a `pacer`, each query is followed by a pause.
 */
export async function loadFeatureTable({
  prisma,
  asOf,
  includeSensitive,
  batchSize = defaultAggregateBatchSize,
  pacer,
  onBatch,
}: {
  prisma: AggregateReader;
  asOf: Date;
  includeSensitive: boolean;
  batchSize?: number;
  pacer?: BackgroundPacer;
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
    const read = () => readAggregateBatch({ prisma, afterId, limit: batchSize });
    const rows = await (pacer ? pacer.pace(read) : read());
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
  const fill = await fillUndefined(values, names);
  const categorical = [{ name: "country", values: countries }];
  if (includeSensitive) categorical.push({ name: "gender", values: genders });
  return { ids, names, values, categorical, fill };
}

/**
 * Replaces NaN per feature by its catalog rule (max, median or a constant) and returns the values used.
 * Yields to the event loop between features (a median sorts every customer's value: ~10 ms at 100,000).
 */
async function fillUndefined(
  values: Float64Array,
  names: readonly string[],
): Promise<Record<string, number>> {
  const cols = names.length;
  const rows = cols === 0 ? 0 : values.length / cols;
  const fill: Record<string, number> = {};
  for (const [j, name] of names.entries()) {
    await new Promise<void>((resolve) => setImmediate(resolve));
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
  }
  return fill;
}

function medianOfSorted(sorted: Float64Array): number {
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}
