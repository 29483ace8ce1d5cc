import { RunStatus } from "@seglens/database";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";
import { ScalingMethod } from "./segmentation-run.input";

registerEnumType(RunStatus, { name: "RunStatus", description: "Lifecycle of a segmentation run." });

@ObjectType({ description: "Options a run was started with." })
export class RunParameters {
  @Field(() => [String], { description: "Features clustered on." })
  features!: string[];

  @Field(() => Int, {
    nullable: true,
    description: "The requested number of segments; null when chosen automatically.",
  })
  k!: number | null;

  @Field(() => Int, { description: "Smallest K tried when K is automatic." })
  kMin!: number;

  @Field(() => Int, { description: "Largest K tried when K is automatic." })
  kMax!: number;

  @Field(() => ScalingMethod, { description: "How features were scaled before clustering." })
  scaling!: ScalingMethod;

  @Field(() => Int, { description: "k-means restarts (best inertia wins)." })
  restarts!: number;

  @Field(() => Int, { description: "Random seed (same data + seed = same result)." })
  seed!: number;

  @Field(() => Boolean, { description: "Whether sensitive attributes (gender, age) were kept out." })
  excludeSensitive!: boolean;
}

@ObjectType({ description: "Time spent in one stage of the run." })
export class StageTiming {
  @Field(() => String, { description: "Stage name." })
  stage!: string;

  @Field(() => Float, { description: "Seconds." })
  seconds!: number;
}

@ObjectType({ description: "Where a run spent its time." })
export class RunTimings {
  @Field(() => Float, { description: "Reading customers, orders and events from the database." })
  loadingSeconds!: number;

  @Field(() => Float, { description: "The segmentation pipeline." })
  pipelineSeconds!: number;

  @Field(() => Float, { description: "Writing segments and memberships." })
  savingSeconds!: number;

  @Field(() => Float, { description: "From start to finish." })
  totalSeconds!: number;

  @Field(() => [StageTiming], { description: "Pipeline stages." })
  stages!: StageTiming[];
}

@ObjectType({ description: "Quality measures of one K." })
export class KSelectionRow {
  @Field(() => Int, { description: "Number of segments." })
  k!: number;

  @Field(() => Float, { description: "Within-segment sum of squares (the elbow curve)." })
  inertia!: number;

  @Field(() => Float, { description: "Mean silhouette, -1..1, higher is better." })
  silhouette!: number;

  @Field(() => Float, { description: "Calinski–Harabasz index, higher is better." })
  calinskiHarabasz!: number;

  @Field(() => Float, { description: "Davies–Bouldin index, lower is better." })
  daviesBouldin!: number;
}

@ObjectType({ description: "How K was chosen." })
export class KSelection {
  @Field(() => [KSelectionRow], { description: "One row per K tried." })
  rows!: KSelectionRow[];

  @Field(() => Int, { description: "The recommended K." })
  recommendedK!: number;

  @Field(() => String, { description: "Why that K, in plain words." })
  reason!: string;

  @Field(() => Int, { description: "Where the inertia curve bends most." })
  elbowK!: number;
}

@ObjectType({ description: "How much one feature drives the explanation tree." })
export class FeatureImportance {
  @Field(() => String, { description: "Feature name." })
  feature!: string;

  @Field(() => Float, { description: "Share of the tree's impurity decrease (sums to 1)." })
  importance!: number;
}

@ObjectType({ description: "How well readable rules reproduce the segments." })
export class RunExplanation {
  @Field(() => Float, { description: "Share of customers whose rule-predicted segment is their segment." })
  fidelity!: number;

  @Field(() => [FeatureImportance], { description: "Features by importance, largest first." })
  importances!: FeatureImportance[];
}

@ObjectType({ description: "A node of the run's explanation tree (listed depth-first, root first)." })
export class ExplanationTreeNode {
  @Field(() => Int, { description: "Node id, unique within the run's tree." })
  id!: number;

  @Field(() => Int, { nullable: true, description: "Parent node id (null for the root)." })
  parentId!: number | null;

  @Field(() => Int, { description: "Depth (root = 0)." })
  depth!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Condition leading here from the parent, e.g. "frequency ≥ 6" (null for the root).',
  })
  condition!: string | null;

  @Field(() => String, { nullable: true, description: "Feature the node splits on (null for a leaf)." })
  feature!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Numeric split: values ≤ threshold take the first child (null for leaves and category splits).",
  })
  threshold!: number | null;

  @Field(() => Int, { description: "Customers (of the rows the tree was fitted on) reaching the node." })
  samples!: number;

  @Field(() => Int, { description: "Segment (clusterIndex) most of them are in: the node's prediction." })
  segmentIndex!: number;

  @Field(() => Float, { description: "Share of the node's customers in that segment, 0..1." })
  purity!: number;

  @Field(() => Boolean, { description: "True for a leaf (a final decision)." })
  isLeaf!: boolean;
}

@ObjectType({ description: "A customer (of a sample) in the 2-D PCA projection." })
export class PcaPoint {
  @Field(() => Float, { description: "First principal component." })
  x!: number;

  @Field(() => Float, { description: "Second principal component." })
  y!: number;

  @Field(() => Int, { description: "Segment index (clusterIndex) of the customer." })
  segmentIndex!: number;
}

@ObjectType({ description: "A segment centroid in the 2-D PCA projection." })
export class PcaCentroid {
  @Field(() => Float, { description: "First principal component." })
  x!: number;

  @Field(() => Float, { description: "Second principal component." })
  y!: number;

  @Field(() => Int, { description: "Segment index (clusterIndex)." })
  segmentIndex!: number;
}

@ObjectType({ description: "A segmentation run: a background job and, when it succeeded, its result." })
export class SegmentationRun {
  @Field(() => ID, { description: "Run id." })
  id!: string;

  @Field(() => String, { description: "Name given at start." })
  name!: string;

  @Field(() => RunStatus, { description: "QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED." })
  status!: RunStatus;

  @Field(() => String, {
    description: "Current stage (queued, loading, features, k-selection, …, saving, done).",
  })
  stage!: string;

  @Field(() => Float, { description: "Fraction done, 0..1." })
  progress!: number;

  @Field(() => Boolean, { description: "True once a cancellation was asked for." })
  cancelRequested!: boolean;

  @Field(() => Boolean, { description: "True for the one active segmentation." })
  isActive!: boolean;

  @Field(() => RunParameters, { description: "Options of the run." })
  parameters!: RunParameters;

  @Field(() => Int, { nullable: true, description: "Number of segments found." })
  k!: number | null;

  @Field(() => Int, { nullable: true, description: "Customers segmented." })
  customerCount!: number | null;

  @Field(() => String, { nullable: true, description: "Why the run failed, readable." })
  error!: string | null;

  @Field(() => RunTimings, { nullable: true, description: "Where the time went (finished runs)." })
  timings!: RunTimings | null;

  @Field(() => KSelection, { nullable: true, description: "K selection table, recommendation and reason." })
  kSelection!: KSelection | null;

  @Field(() => RunExplanation, {
    nullable: true,
    description: "Fidelity and feature importances of the explanation tree.",
  })
  explanation!: RunExplanation | null;

  @Field(() => [PcaPoint], { description: "A sample of customers in 2-D (PCA) for a scatter plot." })
  pcaPoints!: PcaPoint[];

  @Field(() => [PcaCentroid], { description: "Segment centroids in the same 2-D projection." })
  pcaCentroids!: PcaCentroid[];

  @Field(() => GraphQLDateTimeISO, { description: "When the run was asked for." })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When a worker started it." })
  startedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When it finished (any outcome)." })
  finishedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "When it last became the active segmentation.",
  })
  activatedAt!: Date | null;
}

@ObjectType({ description: "An edge of the runs connection." })
export class SegmentationRunEdge {
  @Field(() => String, { description: "Cursor of this run." })
  cursor!: string;

  @Field(() => SegmentationRun, { description: "The run." })
  node!: SegmentationRun;
}

@ObjectType({ description: "Runs, newest first." })
export class SegmentationRunConnection {
  @Field(() => Int, { description: "Number of runs in total." })
  totalCount!: number;

  @Field(() => PageInfo, { description: "Paging." })
  pageInfo!: PageInfo;

  @Field(() => [SegmentationRunEdge], { description: "Runs of this page with their cursors." })
  edges!: SegmentationRunEdge[];
}

@ObjectType({
  description: "How many customers moved from one segment of the earlier run to one of this run.",
})
export class MigrationCell {
  @Field(() => ID, {
    nullable: true,
    description: "Segment in the earlier run (null: the customer was not in it).",
  })
  fromSegmentId!: string | null;

  @Field(() => String, { nullable: true, description: "Its name." })
  fromSegmentName!: string | null;

  @Field(() => ID, { description: "Segment in this run." })
  toSegmentId!: string;

  @Field(() => String, { description: "Its name." })
  toSegmentName!: string;

  @Field(() => Int, { description: "Customers." })
  customers!: number;
}

@ObjectType({ description: "Run-to-run migration of customers between segments." })
export class MigrationMatrix {
  @Field(() => ID, {
    nullable: true,
    description: "The earlier run compared with (null when there is none).",
  })
  fromRunId!: string | null;

  @Field(() => [MigrationCell], { description: "Non-empty cells." })
  cells!: MigrationCell[];
}
