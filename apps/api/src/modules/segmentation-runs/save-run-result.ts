import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@seglens/database";
import type { SegmentationResult } from "@seglens/segmentation";
import { activateIfNoneActive } from "./activate-first-run";
import type { LoadedFeatureTable } from "./load-feature-table";
import type { BackgroundPacer } from "./pace-background-work";
import type { StoredRunModel } from "./stored-run-model";

/**
 * Memberships per INSERT, each statement its own short transaction: at 5,000 rows one takes ~0.1 s of one
 * core (three foreign-key checks and three index entries a row), so request queries interleave with the run's
 * writes, and on the embedded database (one session) other requests get the session between statements.
 */
export const membershipChunkSize = 5_000;
/** The final switch is a few statements; it must not wait long for a connection either. */
const switchTimeoutMs = 60_000;

export interface RunTimingsJson {
  loadingSeconds: number;
  pipelineSeconds: number;
  savingSeconds: number;
  totalSeconds: number;
  stages: Array<{ stage: string; seconds: number }>;
}

/**
 * Writes a finished run without one long transaction: its segments (one INSERT), then its memberships in
 * chunks of `membershipChunkSize` that commit one by one, paced by `pacer`, while the run is still RUNNING;
 * then ONE short transaction marks it SUCCEEDED (and active, when no run is). Segments of a run that has not
 * succeeded are invisible to every reader (findSegmentOrThrow, listSegments, the customer export check the
 * run's status), and a run that ends any other way has them deleted together with its final status
 * (writeFinalRunStatus, recoverInterruptedRuns), so nobody ever sees half a run. `beforeRunUpdate` runs just
 * before the switch (the progress heartbeat must stop first); `onChunkWritten` after each committed chunk.
 */
export async function saveRunResult({
  prisma,
  runId,
  table,
  result,
  distances,
  fill,
  timings,
  pacer,
  chunkSize = membershipChunkSize,
  beforeRunUpdate,
  onChunkWritten,
}: {
  prisma: PrismaClient;
  runId: string;
  table: LoadedFeatureTable;
  result: SegmentationResult;
  distances: Float64Array;
  fill: Record<string, number>;
  timings: Omit<RunTimingsJson, "savingSeconds" | "totalSeconds"> & { startedAtMs: number };
  pacer: BackgroundPacer;
  /** Memberships per statement (tests use small chunks to look between them). */
  chunkSize?: number;
  beforeRunUpdate: () => Promise<void>;
  onChunkWritten?: (written: number) => Promise<void>;
}): Promise<void> {
  const savingStartedAt = performance.now();
  const segmentIds = result.segments.map(() => randomUUID());
  await prisma.segment.createMany({
    data: result.segments.map((segment, s) => ({
      id: segmentIds[s],
      runId,
      clusterIndex: segment.id,
      name: segment.name,
      description: segment.description,
      archetype: segment.archetype,
      size: segment.size,
      share: segment.share,
      centroid: segment.centroid,
      profile: json({
        numeric: segment.profile.numeric,
        categorical: segment.profile.categorical,
        // Stored with every segment (a few kB) so a segment page draws its histograms and
        // category shares against everyone's, on the same bins, from this one row.
        histogramEdges: result.histogramEdges,
        overall: result.overall,
        comparisons: segment.comparisons,
        standOut: segment.standOut,
      }),
      rules: json(segment.rules),
      associationRules: json(segment.associationRules),
      suggestedPlan: segment.plan ? json(segment.plan) : Prisma.DbNull,
    })),
  });
  const segmentIdArray = arrayLiteral(segmentIds);
  for (let start = 0; start < table.ids.length; start += chunkSize) {
    const end = Math.min(table.ids.length, start + chunkSize);
    // Arrays travel as PostgreSQL array literals (one text parameter each): binding thousands of
    // array elements one by one costs more than the INSERT itself.
    const customerIds = arrayLiteral(table.ids.slice(start, end));
    const labels = arrayLiteral(result.labels.slice(start, end));
    const distanceOf = arrayLiteral(Array.from(distances.subarray(start, end)));
    await pacer.pace(
      () => prisma.$executeRaw`
        insert into "SegmentMembership" ("runId", "customerId", "segmentId", distance, source)
        select ${runId}::uuid, t.customer_id, (${segmentIdArray}::uuid[])[t.label + 1], t.distance, 'RUN'
        from unnest(${customerIds}::int[], ${labels}::int[], ${distanceOf}::float8[]) as t(customer_id, label, distance)`,
    );
    await onChunkWritten?.(end);
  }
  await beforeRunUpdate();
  const savingSeconds = (performance.now() - savingStartedAt) / 1000;
  const model: StoredRunModel = { kind: "seglens-run-model", version: 1, fill, engine: result.models };
  const fullTimings: RunTimingsJson = {
    loadingSeconds: timings.loadingSeconds,
    pipelineSeconds: timings.pipelineSeconds,
    savingSeconds,
    totalSeconds: (performance.now() - timings.startedAtMs) / 1000,
    stages: timings.stages,
  };
  const resultJson = {
    featureNames: result.featureNames,
    profiledFeatures: result.profiledFeatures,
    excludedAttributes: result.excludedAttributes,
    imputed: result.imputed,
    explanation: result.explanation,
    projection: result.projection
      ? {
          explainedVarianceRatio: result.projection.explainedVarianceRatio,
          points: result.projection.points.map((point) => ({
            x: point.x,
            y: point.y,
            segment: point.segment,
          })),
          centroids: result.projection.centroids,
        }
      : null,
    overall: result.overall,
    histogramEdges: result.histogramEdges,
    associationRules: result.associationRules,
  };
  await prisma.$transaction(
    async (tx) => {
      // The JSON goes as text (JSON.stringify: a few ms for the ~300 kB of 100,000 customers' result), not
      // as an object Prisma walks on the API's thread (~0.3 s for the same result, measured).
      const switched = await tx.$executeRaw`
        update "SegmentationRun"
        set status = 'SUCCEEDED', stage = 'done', progress = 1, k = ${result.k},
            "customerCount" = ${table.ids.length},
            fidelity = ${Math.min(1, Math.max(0, result.explanation.fidelity))},
            metrics = ${JSON.stringify({ kSelection: result.kSelection, inertia: result.inertia })}::jsonb,
            model = ${JSON.stringify(model)}::jsonb,
            result = ${JSON.stringify(resultJson)}::jsonb,
            timings = ${JSON.stringify(fullTimings)}::jsonb,
            "finishedAt" = now() at time zone 'utc', error = null
        where id = ${runId}::uuid and status = 'RUNNING'`;
      // Marked failed meanwhile (the interrupted-run sweep of another process deletes its segments too).
      if (switched !== 1) throw new Error(`run ${runId} is no longer RUNNING; its result is not switched in`);
      await activateIfNoneActive({ tx, runId });
    },
    { timeout: switchTimeoutMs, maxWait: 30_000 },
  );
}

/** `{1,2,3}`: numbers print exactly (shortest round-trip form); uuids need no quoting. */
function arrayLiteral(values: ReadonlyArray<number | string>): string {
  return `{${values.join(",")}}`;
}

/** Engine results are plain JSON (no NaN/Infinity by its contract); this only narrows the type for Prisma. */
function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
