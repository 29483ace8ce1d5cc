import type { Prisma, PrismaClient } from "@seglens/database";
import { readStoredRunModel, type StoredRunModel } from "./stored-run-model";

export interface ActiveRunModel {
  runId: string;
  model: StoredRunModel;
  /** Segment id by cluster index. */
  segmentIdOf: Map<number, string>;
}

/**
 * A succeeded run's model and segments never change, so they are parsed once per run and kept;
 * each call then costs one indexed lookup of which run is active. Few runs exist; the cache is
 * bounded anyway.
 */
const cache = new Map<string, Omit<ActiveRunModel, "runId">>();
const maxCachedRuns = 8;

export async function loadActiveRunModel({
  prisma,
}: {
  prisma: PrismaClient | Prisma.TransactionClient;
}): Promise<ActiveRunModel | null> {
  const active = await prisma.segmentationRun.findFirst({ where: { isActive: true }, select: { id: true } });
  if (!active) return null;
  let entry = cache.get(active.id);
  if (!entry) {
    const run = await prisma.segmentationRun.findUniqueOrThrow({
      where: { id: active.id },
      select: { model: true, segments: { select: { id: true, clusterIndex: true } } },
    });
    entry = {
      model: readStoredRunModel(run.model, active.id),
      segmentIdOf: new Map(run.segments.map((segment) => [segment.clusterIndex, segment.id])),
    };
    if (cache.size >= maxCachedRuns) cache.delete(cache.keys().next().value as string);
    cache.set(active.id, entry);
  }
  return { runId: active.id, ...entry };
}
