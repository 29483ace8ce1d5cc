import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@seglens/database";
import type { SegmentationResult } from "@seglens/segmentation";
import { activateIfNoneActive } from "./activate-first-run";
import type { LoadedFeatureTable } from "./load-feature-table";
import type { StoredRunModel } from "./stored-run-model";

/** Memberships per INSERT statement: big enough to be fast, small enough for one bind message. */
const membershipBatchSize = 20_000;
/** Writing a million memberships takes a while; an interactive transaction's default is 5 s. */
const saveTimeoutMs = 30 * 60 * 1000;

export interface RunTimingsJson {
  loadingSeconds: number;
  pipelineSeconds: number;
  savingSeconds: number;
  totalSeconds: number;
  stages: Array<{ stage: string; seconds: number }>;
}

/**
 * Writes a finished run in ONE transaction: its segments, every membership (bulk INSERTs from
 * arrays), then the run row itself as SUCCEEDED (and active, when no run is). A crash anywhere leaves the run without segments
 * (and the run row unchanged), never half-written. `beforeRunUpdate` runs inside the transaction
 * just before the run row is touched (the progress heartbeat must stop first).
 */
export async function saveRunResult({
  prisma,
  runId,
  table,
  result,
  distances,
  fill,
  timings,
  beforeRunUpdate,
}: {
  prisma: PrismaClient;
  runId: string;
  table: LoadedFeatureTable;
  result: SegmentationResult;
  distances: Float64Array;
  fill: Record<string, number>;
  timings: Omit<RunTimingsJson, "savingSeconds" | "totalSeconds"> & { startedAtMs: number };
  beforeRunUpdate: () => Promise<void>;
}): Promise<void> {
  const savingStartedAt = performance.now();
  await prisma.$transaction(
    async (tx) => {
      const segmentIds = result.segments.map(() => randomUUID());
      await tx.segment.createMany({
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
      for (let start = 0; start < table.ids.length; start += membershipBatchSize) {
        const end = Math.min(table.ids.length, start + membershipBatchSize);
        // Arrays travel as PostgreSQL array literals (one text parameter each): binding tens of
        // thousands of array elements one by one costs more than the INSERT itself.
        const customerIds = arrayLiteral(table.ids.slice(start, end));
        const labels = arrayLiteral(result.labels.slice(start, end));
        const distanceOf = arrayLiteral(Array.from(distances.subarray(start, end)));
        const segmentIdArray = arrayLiteral(segmentIds);
        await tx.$executeRaw`
          insert into "SegmentMembership" ("runId", "customerId", "segmentId", distance, source)
          select ${runId}::uuid, t.customer_id, (${segmentIdArray}::uuid[])[t.label + 1], t.distance, 'RUN'
          from unnest(${customerIds}::int[], ${labels}::int[], ${distanceOf}::float8[]) as t(customer_id, label, distance)`;
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
      await tx.segmentationRun.update({
        where: { id: runId },
        data: {
          status: "SUCCEEDED",
          stage: "done",
          progress: 1,
          k: result.k,
          customerCount: table.ids.length,
          fidelity: Math.min(1, Math.max(0, result.explanation.fidelity)),
          metrics: json({ kSelection: result.kSelection, inertia: result.inertia }),
          model: json(model),
          result: json({
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
          }),
          timings: json(fullTimings),
          finishedAt: new Date(),
          error: null,
        },
      });
      await activateIfNoneActive({ tx, runId });
    },
    { timeout: saveTimeoutMs, maxWait: 30_000 },
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
