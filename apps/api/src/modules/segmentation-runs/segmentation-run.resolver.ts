import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { listSegments } from "../segments/list-segments";
import { requestedSegmentColumns } from "../segments/requested-segment-columns";
import { Segment } from "../segments/segment.type";
import { activateSegmentationRun } from "./activate-segmentation-run";
import { cancelSegmentationRun } from "./cancel-segmentation-run";
import { computeMigrationMatrix } from "./compute-migration-matrix";
import { countRealtimeAssignments } from "./count-realtime-assignments";
import { deleteSegmentationRun } from "./delete-segmentation-run";
import { getExplanationTree } from "./get-explanation-tree";
import { getSegmentationRun } from "./get-segmentation-run";
import { listSegmentationRuns } from "./list-segmentation-runs";
import { StartSegmentationRunInput } from "./segmentation-run.input";
import {
  ExplanationTreeNode,
  MigrationMatrix,
  SegmentationRun,
  SegmentationRunConnection,
} from "./segmentation-run.type";
import { startSegmentationRun } from "./start-segmentation-run";
import { toSegmentationRunView } from "./to-segmentation-run-view";

@Resolver(() => SegmentationRun)
export class SegmentationRunResolver {
  @Authorized("segments:read")
  @Query(() => SegmentationRunConnection, { description: "Segmentation runs, newest first." })
  segmentationRuns(
    @Ctx() context: RequestContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size (at most 100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the previous page's last run." })
    after?: string | null,
  ): Promise<SegmentationRunConnection> {
    return listSegmentationRuns({ prisma: context.prisma, first, after });
  }

  @Authorized("segments:read")
  @Query(() => SegmentationRun, { description: "One run: status, progress and, when done, its result." })
  segmentationRun(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Run id." }) id: string,
  ): Promise<SegmentationRun> {
    return getSegmentationRun({ prisma: context.prisma, id });
  }

  @Authorized("segments:write")
  @Mutation(() => SegmentationRun, {
    description: "Starts a segmentation run in the background and returns it QUEUED at once.",
  })
  async startSegmentationRun(
    @Ctx() context: RequestContext,
    @Arg("input", () => StartSegmentationRunInput, { description: "Options." })
    input: StartSegmentationRunInput,
  ): Promise<SegmentationRun> {
    const run = await startSegmentationRun({
      prisma: context.prisma,
      jobs: context.jobs,
      viewer: context.viewer,
      input,
      ipAddress: context.ipAddress,
    });
    return toSegmentationRunView(run);
  }

  @Authorized("segments:write")
  @Mutation(() => SegmentationRun, {
    description: "Cancels a queued run at once, or asks a running one to stop.",
  })
  cancelSegmentationRun(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Run id." }) id: string,
  ): Promise<SegmentationRun> {
    return cancelSegmentationRun({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("segments:write")
  @Mutation(() => SegmentationRun, { description: "Makes a succeeded run the active segmentation." })
  activateSegmentationRun(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Run id." }) id: string,
  ): Promise<SegmentationRun> {
    return activateSegmentationRun({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("segments:write")
  @Mutation(() => Boolean, {
    description: "Deletes a finished, inactive run with its segments and memberships.",
  })
  deleteSegmentationRun(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Run id." }) id: string,
  ): Promise<boolean> {
    return deleteSegmentationRun({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      ipAddress: context.ipAddress,
    });
  }

  @FieldResolver(() => [Segment], { description: "Segments found by the run, largest first." })
  segments(
    @Root() run: SegmentationRun,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Segment[]> {
    return listSegments({
      prisma: context.prisma,
      readPool: context.readPool,
      runId: run.id,
      columns: requestedSegmentColumns(info),
    });
  }

  @FieldResolver(() => [ExplanationTreeNode], {
    description:
      "The explanation tree, depth-first (root first; empty until the run succeeded). Read from the stored model only when asked for.",
  })
  explanationTree(
    @Root() run: SegmentationRun,
    @Ctx() context: RequestContext,
  ): Promise<ExplanationTreeNode[]> {
    return getExplanationTree({ prisma: context.prisma, runId: run.id });
  }

  @FieldResolver(() => MigrationMatrix, {
    description: "How customers moved from the segments of an earlier run to this run's.",
  })
  migrationMatrix(
    @Root() run: SegmentationRun,
    @Ctx() context: RequestContext,
    @Arg("fromRunId", () => ID, {
      nullable: true,
      description: "Earlier run (default: the previous succeeded run).",
    })
    fromRunId?: string | null,
  ): Promise<MigrationMatrix> {
    return computeMigrationMatrix({ prisma: context.prisma, runId: run.id, fromRunId });
  }

  @FieldResolver(() => Int, {
    description: "Customers scored in real time with this run's model since it ran.",
  })
  realtimeAssignedCount(@Root() run: SegmentationRun, @Ctx() context: RequestContext): Promise<number> {
    return countRealtimeAssignments({ prisma: context.prisma, runId: run.id });
  }
}
