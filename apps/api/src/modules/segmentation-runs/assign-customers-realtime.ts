import type { Prisma, PrismaClient } from "@seglens/database";
import { assignCustomer } from "@seglens/segmentation";
import { computeCustomerFeatures } from "./compute-customer-features";
import { readAggregatesOf } from "./read-customer-aggregates";
import { loadActiveRunModel, type ActiveRunModel } from "./load-active-run-model";
import { fillFeatures } from "./stored-run-model";

export interface RealtimeAssignment {
  customerId: number;
  segmentId: string;
  clusterIndex: number;
  /** Distance to the segment's centroid in the run's scaled space. */
  distance: number;
}

export interface RealtimeAssignmentResult {
  /** The active run used, or null when no run is active (nothing is assigned then). */
  runId: string | null;
  assignments: RealtimeAssignment[];
}

export interface AssignCustomersRealtimeOptions {
  /** A client or an interactive transaction's client (so the membership commits with the change). */
  prisma: PrismaClient | Prisma.TransactionClient;
  customerIds: readonly number[];
  /** "Now" for recency and tenure (default: the current time). */
  asOf?: Date;
}

/** What scoring reads and writes through: a Prisma client, a transaction, or an import's own connection. */
export type ScoringSql = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/**
 * Scores customers with the ACTIVE run's stored model at once (no new run): their features are
 * computed from the database like the run computed them, and their membership in the active run
 * is upserted with source REALTIME. Unknown ids are skipped. Call it after a customer, order or
 * event changes.
 */
export async function assignCustomersRealtime({
  prisma,
  customerIds,
  asOf = new Date(),
}: AssignCustomersRealtimeOptions): Promise<RealtimeAssignmentResult> {
  const active = await loadActiveRunModel({ prisma });
  if (!active || customerIds.length === 0) return { runId: active?.runId ?? null, assignments: [] };
  const assignments = await scoreCustomersWithRun({ sql: prisma, active, customerIds, asOf });
  return { runId: active.runId, assignments };
}

export interface ScoreCustomersWithRunOptions {
  sql: ScoringSql;
  /** The run whose model scores (loadActiveRunModel). */
  active: ActiveRunModel;
  customerIds: readonly number[];
  asOf: Date;
}

/** The scoring itself with a given run's model: features from SQL aggregates, memberships upserted in one statement. */
export async function scoreCustomersWithRun({
  sql,
  active,
  customerIds,
  asOf,
}: ScoreCustomersWithRunOptions): Promise<RealtimeAssignment[]> {
  const { runId, model, segmentIdOf } = active;
  const aggregates = await readAggregatesOf({ prisma: sql, customerIds: [...new Set(customerIds)] });
  const assignments: RealtimeAssignment[] = aggregates.map((aggregate) => {
    const features = fillFeatures(computeCustomerFeatures(aggregate, asOf.getTime()), model);
    const scored = assignCustomer(model.engine, features);
    const segmentId = segmentIdOf.get(scored.segment);
    if (!segmentId) throw new Error(`run ${runId} has no segment ${scored.segment}`);
    return { customerId: aggregate.id, segmentId, clusterIndex: scored.segment, distance: scored.distance };
  });
  if (assignments.length === 0) return assignments;

  // Arrays travel as PostgreSQL array literals (one parameter each, as the run's own memberships do):
  // thousands of customers bound value by value cost more than the upsert itself.
  const scoredIds = `{${assignments.map((assignment) => assignment.customerId).join(",")}}`;
  const segmentIds = `{${assignments.map((assignment) => assignment.segmentId).join(",")}}`;
  const distances = `{${assignments.map((assignment) => assignment.distance).join(",")}}`;
  await sql.$executeRaw`
    insert into "SegmentMembership" ("runId", "customerId", "segmentId", distance, source, "assignedAt")
    select ${runId}::uuid, t.customer_id, t.segment_id, t.distance, 'REALTIME', now()
    from unnest(${scoredIds}::int[], ${segmentIds}::uuid[], ${distances}::float8[]) as t(customer_id, segment_id, distance)
    on conflict ("runId", "customerId") do update
      set "segmentId" = excluded."segmentId", distance = excluded.distance, source = 'REALTIME', "assignedAt" = excluded."assignedAt"`;
  return assignments;
}
